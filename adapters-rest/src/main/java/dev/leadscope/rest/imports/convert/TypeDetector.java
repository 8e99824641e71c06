package dev.leadscope.rest.imports.convert;

import dev.leadscope.domain.common.AttributeType;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Guesses an attribute's type from a sample of its present values: number when every value is a plain
 * decimal number (no leading zeros, which mark codes), boolean for yes/no/true/false words, timestamp when
 * every value reads as one, category for short values that repeat, text otherwise.
 */
public final class TypeDetector {
    private static final Set<String> BOOLEAN_WORDS = Set.of("true", "false", "yes", "no", "y", "n", "t", "f");
    private static final int MAX_CATEGORY_LENGTH = 128;
    private static final int FEW_DISTINCT = 50;

    private final TimeParser times;

    public TypeDetector(TimeParser times) {
        this.times = times;
    }

    public AttributeType detect(List<String> values) {
        if (values.isEmpty()) {
            return AttributeType.TEXT;
        }
        if (values.stream().allMatch(TypeDetector::isNumber)) {
            return AttributeType.NUMBER;
        }
        if (values.stream().allMatch(v -> BOOLEAN_WORDS.contains(v.toLowerCase(Locale.ROOT)))) {
            return AttributeType.BOOLEAN;
        }
        if (values.stream().allMatch(v -> v.length() >= 10 && Character.isDigit(v.charAt(0)) && times.isInstant(v))) {
            return AttributeType.TIMESTAMP;
        }
        Set<String> distinct = new HashSet<>();
        int longest = 0;
        for (String v : values) {
            distinct.add(v);
            longest = Math.max(longest, v.length());
        }
        boolean repeats = distinct.size() <= FEW_DISTINCT || distinct.size() <= values.size() / 5;
        return longest <= MAX_CATEGORY_LENGTH && repeats ? AttributeType.CATEGORY : AttributeType.TEXT;
    }

    static boolean isNumber(String v) {
        int start = v.startsWith("-") || v.startsWith("+") ? 1 : 0;
        if (v.length() == start) {
            return false;
        }
        if (v.length() > start + 1 && v.charAt(start) == '0' && v.charAt(start + 1) != '.') {
            return false;
        }
        boolean digit = false;
        boolean dot = false;
        for (int i = start; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c == '.' && !dot) {
                dot = true;
            } else if ((c == 'e' || c == 'E') && digit && i + 1 < v.length()) {
                return isExponent(v.substring(i + 1));
            } else {
                return false;
            }
        }
        return digit;
    }

    private static boolean isExponent(String e) {
        return e.matches("[+-]?[0-9]{1,3}");
    }
}
