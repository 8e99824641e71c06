package dev.leadscope.domain.common;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One shared instance for each distinct value of a kind that recurs in a great many records (an event's type and
 * category: a workspace has few of them, and millions of events): records holding equal values then hold the same
 * object, which costs no memory per record and is compared and hashed without reading it again. Equality is
 * unchanged. At most {@code limit} values are kept; past that a value is used as it comes. Thread-safe.
 *
 * @param <T> an immutable value type with equals and hashCode
 */
public final class Recurring<T> {
    private final ConcurrentHashMap<T, T> kept = new ConcurrentHashMap<>();
    private final AtomicInteger size = new AtomicInteger();
    private final int limit;

    public Recurring(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        this.limit = limit;
    }

    /** The instance kept for values equal to {@code value} (kept now if there is room), else {@code value} itself. */
    public T of(T value) {
        Objects.requireNonNull(value, "value");
        T same = kept.get(value);
        if (same != null) {
            return same;
        }
        if (size.get() >= limit) {
            return value;
        }
        T first = kept.putIfAbsent(value, value);
        if (first != null) {
            return first;
        }
        size.incrementAndGet();
        return value;
    }
}
