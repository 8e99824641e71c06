package dev.leadscope.rest.common;

import dev.leadscope.domain.common.Page;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.function.Function;

/** One page of a list: the items, where the page starts, its size limit, the total matching, and whether more follow. */
@Serdeable
public record PageResponse<T>(List<T> items, int offset, int limit, long total, boolean hasMore) {

    /** The page of domain items, each mapped to its response. */
    public static <D, T> PageResponse<T> from(Page<D> page, Function<D, T> mapper) {
        return new PageResponse<>(page.items().stream().map(mapper).toList(), page.offset(), page.limit(), page.total(), page.hasMore());
    }
}
