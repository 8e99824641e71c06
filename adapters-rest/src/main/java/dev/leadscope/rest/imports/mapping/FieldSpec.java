package dev.leadscope.rest.imports.mapping;

import java.util.List;

/**
 * Where one domain field's value comes from: a column (optionally slugged, prefixed, scaled, split or with
 * its own date pattern), a hash of several columns (a deterministic id when the data has none), or a constant.
 * Exactly one of {@code column}, {@code hashOf} and {@code constant} is set.
 */
public record FieldSpec(String field, FieldType type, String column, List<String> hashOf, String constant,
                        boolean slug, String prefix, String format, Double multiply) {
    public FieldSpec {
        hashOf = hashOf == null ? null : List.copyOf(hashOf);
        int sources = (column != null ? 1 : 0) + (hashOf != null ? 1 : 0) + (constant != null ? 1 : 0);
        if (sources != 1) {
            throw new IllegalArgumentException(field + ": give exactly one of column, hash or a constant");
        }
        prefix = prefix == null ? "" : prefix;
    }

    /** The columns this field reads. */
    public List<String> columns() {
        if (column != null) {
            return List.of(column);
        }
        return hashOf != null ? hashOf : List.of();
    }
}
