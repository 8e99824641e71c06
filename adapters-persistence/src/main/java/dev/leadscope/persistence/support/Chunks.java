package dev.leadscope.persistence.support;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Splits long id lists so that no statement carries more parameters than the databases like. */
public final class Chunks {
    public static final int SIZE = 1000;

    private Chunks() {
    }

    public static <T> List<List<T>> of(Collection<T> items) {
        return of(items, SIZE);
    }

    /** {@code items} in consecutive slices of at most {@code size}. */
    public static <T> List<List<T>> of(Collection<T> items, int size) {
        List<T> all = items instanceof List<T> list ? list : new ArrayList<>(items);
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += size) {
            chunks.add(all.subList(i, Math.min(all.size(), i + size)));
        }
        return chunks;
    }
}
