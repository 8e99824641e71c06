package dev.leadscope.domain.common;

/** Small checks for free-text fields: trimmed, blank means absent, bounded in length. */
public final class Texts {
    private Texts() {
    }

    /** Trims {@code value}; blank becomes {@code null}; longer than {@code max} throws naming {@code field}. */
    public static String optional(String field, String value, int max) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        if (trimmed.length() > max) {
            throw new IllegalArgumentException(field + " must be at most " + max + " characters: " + trimmed.length());
        }
        return trimmed;
    }

    /** Like {@link #optional} but absent is an error naming {@code field}. */
    public static String required(String field, String value, int max) {
        String text = optional(field, value, max);
        if (text == null) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return text;
    }

    /** Returns {@code value} when it is finite and not negative (or null), else throws naming {@code field}. */
    public static Double nonNegative(String field, Double value) {
        if (value != null && !(Double.isFinite(value) && value >= 0)) {
            throw new IllegalArgumentException(field + " must be a finite number >= 0: " + value);
        }
        return value;
    }
}
