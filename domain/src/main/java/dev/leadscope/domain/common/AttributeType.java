package dev.leadscope.domain.common;

import java.util.Locale;

/** The type of a custom attribute, as declared in an import mapping or detected from the data. */
public enum AttributeType {
    NUMBER, CATEGORY, BOOLEAN, TEXT, TIMESTAMP;

    /** Parses a type name in any case ("number", "Category", ...), naming the allowed values on failure. */
    public static AttributeType parse(String name) {
        if (name == null) {
            throw new IllegalArgumentException("attribute type must not be empty");
        }
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("attribute type must be one of number, category, boolean, text, timestamp: '" + name + "'");
        }
    }
}
