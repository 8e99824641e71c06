package dev.leadscope.rest.imports.mapping;

import dev.leadscope.domain.common.AttributeType;

/** A column kept as a typed custom attribute; a {@code null} type is detected from a sample of rows. */
public record AttributeSpec(String column, String name, AttributeType type) {
    public AttributeSpec {
        if (column == null || name == null) {
            throw new IllegalArgumentException("attribute needs a column and a name");
        }
    }

    public AttributeSpec withType(AttributeType detected) {
        return new AttributeSpec(column, name, detected);
    }
}
