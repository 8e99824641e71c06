package dev.leadscope.domain.common;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The items of a list whose time falls in {@code [from, to)}, in the list's order, at most a limit of them. */
public final class TimeWindow {
    private TimeWindow() {
    }

    /** The first {@code limit} items of {@code items} whose {@code time} is at or after {@code from} and before {@code to}. */
    public static <T> List<T> of(List<T> items, Function<T, Instant> time, Instant from, Instant to, int limit) {
        List<T> out = new ArrayList<>();
        for (T item : items) {
            if (out.size() >= limit) {
                break;
            }
            Instant t = time.apply(item);
            if (!t.isBefore(from) && t.isBefore(to)) {
                out.add(item);
            }
        }
        return out;
    }
}
