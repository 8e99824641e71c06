package dev.leadscope.rest.imports.mapping;

import java.util.Set;

/** Keeps a row only when the column's trimmed value is in {@code in} (if given), not in {@code notIn}, and present if required. */
public record RowFilter(String column, Set<String> in, Set<String> notIn, boolean present) {
    public RowFilter {
        in = in == null ? null : Set.copyOf(in);
        notIn = notIn == null ? Set.of() : Set.copyOf(notIn);
    }

    /** Whether a row with {@code value} (null when missing) passes. */
    public boolean keeps(String value) {
        if (value == null) {
            return !present && in == null;
        }
        return (in == null || in.contains(value)) && !notIn.contains(value);
    }
}
