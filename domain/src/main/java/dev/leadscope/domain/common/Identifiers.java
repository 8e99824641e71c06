package dev.leadscope.domain.common;

import java.util.regex.Pattern;

/** Validation shared by every identifier: 1-128 characters, printable, no spaces at either end. */
public final class Identifiers {
    public static final int MAX_LENGTH = 128;
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N}._:@/+#=-]+");

    private Identifiers() {
    }

    /** Returns {@code value} when it is a valid identifier, else throws naming {@code field}. */
    public static String require(String field, String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be empty");
        }
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(field + " must be at most " + MAX_LENGTH + " characters: " + value.length());
        }
        if (!ALLOWED.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " may contain only letters, digits and . _ : @ / + # = -: '" + value + "'");
        }
        return value;
    }
}
