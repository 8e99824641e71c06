package dev.leadscope.domain.common;


/** Validation shared by every identifier: 1-128 characters, printable, no spaces at either end. */
public final class Identifiers {
    public static final int MAX_LENGTH = 128;
    private static final String PUNCTUATION = "._:@/+#=-";

    private Identifiers() {
    }

    /** Letters and numbers of any script (Unicode L and N categories), and a few punctuation marks. */
    private static boolean allowed(int c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || PUNCTUATION.indexOf(c) >= 0;
        }
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** Returns {@code value} when it is a valid identifier, else throws naming {@code field}. */
    public static String require(String field, String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be empty");
        }
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(field + " must be at most " + MAX_LENGTH + " characters: " + value.length());
        }
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            if (!allowed(c)) {
                throw new IllegalArgumentException(field + " may contain only letters, digits and . _ : @ / + # = -: '" + value + "'");
            }
            i += Character.charCount(c);
        }
        return value;
    }
}
