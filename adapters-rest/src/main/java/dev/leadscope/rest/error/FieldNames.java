package dev.leadscope.rest.error;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the input field an error message is about, so each error can name it. */
public final class FieldNames {
    /** Domain records start their messages with the field: "occurredAt must not be empty", "email is not ...". */
    private static final Pattern LEADING_FIELD = Pattern.compile(
            "^([a-z][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_-]+)*) (?:must|is|may|entries)\\b.*", Pattern.DOTALL);

    private FieldNames() {
    }

    /** The field a domain validation message starts with, or {@code null} when it names none. */
    public static String leadingField(String message) {
        if (message == null) {
            return null;
        }
        Matcher m = LEADING_FIELD.matcher(message);
        return m.matches() ? m.group(1) : null;
    }

    /** {@code prefix.field}, or whichever of the two is present. */
    public static String join(String prefix, String field) {
        if (prefix == null || prefix.isEmpty()) {
            return field;
        }
        if (field == null || field.isEmpty()) {
            return prefix;
        }
        return field.startsWith("[") ? prefix + field : prefix + "." + field;
    }
}
