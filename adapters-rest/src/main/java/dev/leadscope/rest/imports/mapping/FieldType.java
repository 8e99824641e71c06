package dev.leadscope.rest.imports.mapping;

/** How the text of a mapped cell is read into a domain field. */
public enum FieldType {
    /** An identifier: 1-128 letters, digits and . _ : @ / + # = - (use {@code slug} or {@code hash} for other text). */
    ID,
    TEXT,
    INTEGER,
    NUMBER,
    BOOLEAN,
    /** A moment: ISO-8601 by default, or the source's {@code formats.timestamp} / the field's {@code format}. */
    TIMESTAMP,
    /** A calendar day: ISO {@code yyyy-MM-dd} by default, or {@code formats.date} / the field's {@code format}. */
    DATE,
    /** Several labels in one cell, split on the source's {@code list_separator}. */
    LIST
}
