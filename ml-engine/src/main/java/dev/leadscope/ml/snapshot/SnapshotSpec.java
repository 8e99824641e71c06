package dev.leadscope.ml.snapshot;

import dev.leadscope.domain.common.AttributeType;
import dev.leadscope.domain.common.AttributeValue;
import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.privacy.SensitiveAttributes;
import dev.leadscope.ml.tabular.ColumnType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fixed shape of a snapshot row, learned once from the training histories and stored with the model so that
 * serving builds exactly the same columns: which event keys get behaviour features (a type, or a type with its
 * category such as {@code page_view:pricing}) and which custom attributes exist with which type.
 *
 * @param format            the version of the feature recipe; a model made with another one is refused at load
 * @param eventKeys         the event keys with their own behaviour features, most frequent first
 * @param leadAttributes    custom lead attributes by name
 * @param accountAttributes custom account attributes by name
 */
public record SnapshotSpec(int format, List<String> eventKeys, Map<String, AttributeType> leadAttributes,
                           Map<String, AttributeType> accountAttributes) {
    /**
     * The feature recipe new models are made with. Format 3 added the {@link BuyingSignals} columns to format 2;
     * format 4 counts a week of intent as known from its end on ({@link IntentWeekRule}), so that training snapshots
     * at Monday 00:00 see as many weeks as a lead scored later that week.
     */
    public static final int FORMAT = 4;
    /** The oldest recipe this code still computes, so models stored with it load and score as they did. */
    public static final int OLDEST_FORMAT = 2;

    public SnapshotSpec {
        if (format < OLDEST_FORMAT || format > FORMAT) {
            throw new IllegalArgumentException("snapshot feature format " + format + " is not one this version computes ("
                    + OLDEST_FORMAT + " to " + FORMAT + ")");
        }
        eventKeys = List.copyOf(eventKeys);
        leadAttributes = Collections.unmodifiableMap(new TreeMap<>(leadAttributes));
        accountAttributes = Collections.unmodifiableMap(new TreeMap<>(accountAttributes));
    }

    /**
     * Learns the shape from histories: event keys seen at least {@code minCount} times (at most {@code maxKeys}
     * of them, most frequent first), and every custom attribute with the type it has most often.
     */
    public static SnapshotSpec learn(List<LeadHistory> histories, int maxKeys, int minCount) {
        Map<String, Integer> keyCounts = new HashMap<>();
        Map<String, Map<AttributeType, Integer>> leadTypes = new HashMap<>();
        Map<String, Map<AttributeType, Integer>> accountTypes = new HashMap<>();
        java.util.Set<Object> seenAccounts = new java.util.HashSet<>();
        for (LeadHistory h : histories) {
            for (ActivityEvent e : h.events()) {
                for (String key : keysOf(e)) {
                    keyCounts.merge(key, 1, Integer::sum);
                }
            }
            count(h.lead().attributes().values(), leadTypes);
            if (h.account() != null && seenAccounts.add(h.account().id())) {
                count(h.account().attributes().values(), accountTypes);
            }
        }
        List<String> keys = keyCounts.entrySet().stream()
                .filter(e -> e.getValue() >= minCount)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(maxKeys)
                .map(Map.Entry::getKey)
                .toList();
        return new SnapshotSpec(FORMAT, keys, commonest(leadTypes), commonest(accountTypes));
    }

    /**
     * The same shape without the custom attributes named sensitive: no column is made for them, so they are never
     * features, neither in training nor when the stored model scores.
     */
    public SnapshotSpec without(SensitiveAttributes sensitive) {
        Map<String, AttributeType> lead = new TreeMap<>(leadAttributes);
        Map<String, AttributeType> account = new TreeMap<>(accountAttributes);
        lead.keySet().removeIf(sensitive::contains);
        account.keySet().removeIf(sensitive::contains);
        return new SnapshotSpec(format, eventKeys, lead, account);
    }

    /** The keys an event counts under: its type, and its type with its category when it has one. */
    static List<String> keysOf(ActivityEvent e) {
        return EventKeys.of(e).keys();
    }

    /** The column names and types of a row, in row order. */
    public SnapshotColumns columns() {
        List<String> names = new ArrayList<>();
        List<ColumnType> types = new ArrayList<>();
        SnapshotColumns.profile(names, types);
        leadAttributes.forEach((n, t) -> add(names, types, "attr.lead." + n, t));
        accountAttributes.forEach((n, t) -> add(names, types, "attr.account." + n, t));
        SnapshotColumns.behaviour(names, types, "all");
        for (String key : eventKeys) {
            SnapshotColumns.behaviour(names, types, key);
        }
        SnapshotColumns.rest(names, types);
        Committee.columns(names, types, eventKeys);
        if (format >= 3) {
            BuyingSignals.columns(names, types);
        }
        return new SnapshotColumns(names, types);
    }

    private static void add(List<String> names, List<ColumnType> types, String name, AttributeType t) {
        names.add(name);
        types.add(switch (t) {
            case NUMBER, TIMESTAMP -> ColumnType.NUMBER;
            case BOOLEAN -> ColumnType.BOOLEAN;
            case TEXT -> ColumnType.TEXT;
            case CATEGORY -> ColumnType.CATEGORY;
        });
    }

    private static void count(Map<String, AttributeValue> values, Map<String, Map<AttributeType, Integer>> into) {
        values.forEach((name, v) -> into.computeIfAbsent(name, k -> new HashMap<>()).merge(v.type(), 1, Integer::sum));
    }

    private static Map<String, AttributeType> commonest(Map<String, Map<AttributeType, Integer>> counts) {
        Map<String, AttributeType> out = new TreeMap<>();
        counts.forEach((name, byType) -> out.put(name, byType.entrySet().stream()
                .max(Map.Entry.<AttributeType, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow().getKey()));
        return out;
    }
}
