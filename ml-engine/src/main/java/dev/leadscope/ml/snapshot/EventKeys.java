package dev.leadscope.ml.snapshot;

import dev.leadscope.domain.event.ActivityEvent;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The keys an event counts under (its type, and its type with its lower-cased category when it has one), looked up
 * instead of built for every event of every row: a workspace has few distinct types and categories. Each key also has
 * a small number of its own ({@link #id}), so that tallies are kept in arrays instead of maps. Thread-safe.
 */
final class EventKeys {
    /** Past this many distinct type and category pairs the keys are built each time instead of kept. */
    private static final int MAX_KEPT = 10_000;
    private static final Map<String, Map<String, Keys>> KEPT = new ConcurrentHashMap<>();
    private static final Map<String, Keys> UNCATEGORISED = new ConcurrentHashMap<>();
    private static final AtomicInteger KEPT_COUNT = new AtomicInteger();
    private static final Map<String, Integer> IDS = new ConcurrentHashMap<>();
    private static final AtomicInteger NEXT_ID = new AtomicInteger();

    /**
     * An event's keys, their numbers ({@code ids[0]} is the type's; -1 for a type and category never numbered), its category
     * lower-cased ("" without one), and whether its type is a sales touch or product use ({@link BuyingSignals#isSales},
     * {@link BuyingSignals#isProduct}): kept with the keys, so that they are looked up once per type, not per event.
     */
    record Keys(List<String> keys, int[] ids, String category, boolean salesTouch, boolean productEvent) {
        Keys(List<String> keys, int[] ids, String category) {
            this(keys, ids, category, BuyingSignals.isSales(keys.get(0)), BuyingSignals.isProduct(keys.get(0)));
        }
    }

    private EventKeys() {
    }

    static Keys of(ActivityEvent e) {
        String type = e.type().name();
        String category = e.category();
        if (category == null) {
            Keys kept = UNCATEGORISED.get(type);
            return kept != null ? kept : UNCATEGORISED.computeIfAbsent(type, t -> new Keys(List.of(t), new int[] {id(t)}, ""));
        }
        Map<String, Keys> byCategory = KEPT.get(type);
        Keys kept = byCategory == null ? null : byCategory.get(category);
        if (kept != null) {
            return kept;
        }
        boolean keep = KEPT_COUNT.get() < MAX_KEPT;
        Keys built = build(type, category, keep);
        if (keep && KEPT.computeIfAbsent(type, t -> new ConcurrentHashMap<>()).putIfAbsent(category, built) == null) {
            KEPT_COUNT.incrementAndGet();
        }
        return built;
    }

    /**
     * The number of a key, given to it the first time it is asked for; the same key always has the same number. Keys
     * a model counts are numbered when its features are made, the keys of kept events when first seen.
     */
    static int id(String key) {
        Integer id = IDS.get(key);
        return id != null ? id : IDS.computeIfAbsent(key, k -> NEXT_ID.getAndIncrement());
    }

    /** The number of a key, or -1 when it has none yet (then no model counts it). */
    private static int find(String key) {
        Integer id = IDS.get(key);
        return id == null ? -1 : id;
    }

    private static Keys build(String type, String category, boolean keep) {
        String lower = category.toLowerCase(Locale.ROOT);
        String both = type + ":" + lower;
        int[] ids = {id(type), keep ? id(both) : find(both)};
        return new Keys(List.of(type, both), ids, lower);
    }
}
