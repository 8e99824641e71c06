package dev.leadscope.ml.feature;

import java.util.List;
import java.util.Locale;

/**
 * Free text as its word count and the counts of its lower-cased words hashed into {@code buckets} features
 * (String.hashCode is specified, so the hashing is stable across JVMs); missing → word count NaN.
 */
public record TextEncoder(String column, int buckets) implements ColumnEncoder {
    public TextEncoder {
        FeatureChecks.column(column);
        if (buckets < 1 || buckets > 1024) {
            throw new IllegalArgumentException("text buckets must be between 1 and 1024: " + buckets);
        }
    }

    @Override
    public int width() {
        return buckets + 1;
    }

    @Override
    public List<String> featureNames() {
        String[] names = new String[buckets + 1];
        names[0] = column + ":words";
        for (int i = 0; i < buckets; i++) {
            names[i + 1] = column + ":token#" + i;
        }
        return List.of(names);
    }

    @Override
    public void encode(String cell, float[] out, int offset) {
        for (int i = 0; i <= buckets; i++) {
            out[offset + i] = 0f;
        }
        if (cell == null) {
            out[offset] = Float.NaN;
            return;
        }
        // the words are the runs of letters and digits ([\p{L}\p{N}]+), each hashed as String.hashCode hashes it,
        // without splitting the text into strings
        String lower = cell.toLowerCase(Locale.ROOT);
        int words = 0;
        int hash = 0;
        boolean inWord = false;
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            int chars = Character.charCount(cp);
            if (isWordChar(cp)) {
                for (int k = i; k < i + chars; k++) {
                    hash = 31 * hash + lower.charAt(k);
                }
                inWord = true;
            } else if (inWord) {
                words++;
                out[offset + 1 + Math.floorMod(hash, buckets)] += 1f;
                hash = 0;
                inWord = false;
            }
            i += chars;
        }
        if (inWord) {
            words++;
            out[offset + 1 + Math.floorMod(hash, buckets)] += 1f;
        }
        out[offset] = words;
    }

    /** A letter or a number ({@code \p{L}} or {@code \p{N}}). */
    static boolean isWordChar(int cp) {
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    @Override
    public String describe(String cell) {
        if (cell == null) {
            return Describe.label(column) + ": empty";
        }
        String shown = cell.length() > 40 ? cell.substring(0, 40) + "…" : cell;
        return Describe.label(column) + ": \"" + shown + "\"";
    }
}
