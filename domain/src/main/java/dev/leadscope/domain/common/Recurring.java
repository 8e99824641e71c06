package dev.leadscope.domain.common;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

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
    private final UnaryOperator<T> canonical;

    public Recurring(int limit) {
        this(limit, UnaryOperator.identity());
    }

    /**
     * @param canonical what to keep for a value seen first, equal to it: e.g. {@link String#intern}, so that the kept
     *                  value is also the very object of the same text written in code, and look-ups keyed by such text
     *                  find it without comparing characters
     */
    public Recurring(int limit, UnaryOperator<T> canonical) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        this.limit = limit;
        this.canonical = Objects.requireNonNull(canonical, "canonical");
    }

    /**
     * The instance kept for values equal to {@code value} (its canonical value, kept now if there is room), else
     * {@code value} itself.
     */
    public T of(T value) {
        Objects.requireNonNull(value, "value");
        T same = kept.get(value);
        if (same != null) {
            return same;
        }
        if (size.get() >= limit) {
            return value;
        }
        T canon = canonical.apply(value);
        if (!value.equals(canon)) {
            throw new IllegalStateException("the canonical value must equal the value: " + canon + " for " + value);
        }
        T first = kept.putIfAbsent(canon, canon);
        if (first != null) {
            return first;
        }
        size.incrementAndGet();
        return canon;
    }
}
