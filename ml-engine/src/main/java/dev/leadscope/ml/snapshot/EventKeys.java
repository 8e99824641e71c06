package dev.leadscope.ml.snapshot;

import dev.leadscope.domain.event.ActivityEvent;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The keys an event counts under (its type, and its type with its lower-cased category when it has one), looked up
 * instead of built for every event of every row: a workspace has few distinct types and categories. Thread-safe.
 */
final class EventKeys {
    /** Past this many distinct type and category pairs the keys are built each time instead of kept. */
    private static final int MAX_KEPT = 10_000;
    private static final Map<String, Map<String, Keys>> KEPT = new ConcurrentHashMap<>();
    private static final Map<String, Keys> UNCATEGORISED = new ConcurrentHashMap<>();
    private static final AtomicInteger KEPT_COUNT = new AtomicInteger();

    /** An event's keys and its category lower-cased ("" without one). */
    record Keys(List<String> keys, String category) {
    }

    private EventKeys() {
    }

    static Keys of(ActivityEvent e) {
        String type = e.type().name();
        String category = e.category();
        if (category == null) {
            return UNCATEGORISED.computeIfAbsent(type, t -> new Keys(List.of(t), ""));
        }
        Map<String, Keys> byCategory = KEPT.get(type);
        Keys kept = byCategory == null ? null : byCategory.get(category);
        if (kept != null) {
            return kept;
        }
        Keys built = build(type, category);
        if (KEPT_COUNT.get() < MAX_KEPT
                && KEPT.computeIfAbsent(type, t -> new ConcurrentHashMap<>()).putIfAbsent(category, built) == null) {
            KEPT_COUNT.incrementAndGet();
        }
        return built;
    }

    private static Keys build(String type, String category) {
        String lower = category.toLowerCase(Locale.ROOT);
        return new Keys(List.of(type, type + ":" + lower), lower);
    }
}
