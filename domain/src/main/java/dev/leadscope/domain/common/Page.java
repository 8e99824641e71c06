package dev.leadscope.domain.common;

import java.util.List;
import java.util.function.Function;

/** One slice of a list, with the total number of matching items. */
public record Page<T>(List<T> items, int offset, int limit, long total) {
    public Page {
        items = List.copyOf(items);
        if (total < items.size()) {
            throw new IllegalArgumentException("total " + total + " is less than the " + items.size() + " items returned");
        }
    }

    /** Whether more items follow this page. */
    public boolean hasMore() {
        return offset + (long) items.size() < total;
    }

    /** The same page with each item mapped. */
    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), offset, limit, total);
    }
}
