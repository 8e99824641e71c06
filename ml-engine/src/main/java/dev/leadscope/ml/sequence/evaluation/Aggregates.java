package dev.leadscope.ml.sequence.evaluation;

import dev.leadscope.ml.sequence.SequenceEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The behavioural aggregates the sequence model is compared against and blended with: per event kind
 * (type, or type/category) the count over the whole history and within each look-back window, the total
 * counts, the last event's kind, hours since the last and since the first event, and the number of events.
 * Order is invisible to them by construction.
 *
 * @param kinds   the event kinds counted on their own, most frequent first (others count as "other")
 * @param windows look-back windows counted besides the whole history
 */
public record Aggregates(List<String> kinds, List<Duration> windows) {
    public Aggregates {
        kinds = List.copyOf(kinds);
        windows = List.copyOf(windows);
    }

    /** The {@code max} most frequent kinds in the examples. */
    public static Aggregates fit(List<LabelledSequence> examples, List<Duration> windows, int max) {
        Map<String, Integer> counts = new HashMap<>();
        for (LabelledSequence s : examples) {
            for (SequenceEvent e : s.events()) {
                counts.merge(kind(e), 1, Integer::sum);
            }
        }
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey(Comparator.naturalOrder())));
        return new Aggregates(entries.stream().limit(max).map(Map.Entry::getKey).toList(), windows);
    }

    static String kind(SequenceEvent e) {
        return e.category() == null ? e.type() : e.type() + "/" + e.category();
    }

    public int width() {
        int k = kinds.size() + 1;
        return k * (1 + windows.size()) + (1 + windows.size()) + k + 3;
    }

    /** Column names, in the order of {@link #row}. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        List<String> all = new ArrayList<>(kinds);
        all.add("other");
        for (String k : all) {
            names.add("count:" + k);
            for (Duration w : windows) {
                names.add("count_" + w.toDays() + "d:" + k);
            }
        }
        names.add("events");
        for (Duration w : windows) {
            names.add("events_" + w.toDays() + "d");
        }
        for (String k : all) {
            names.add("last:" + k);
        }
        names.add("log_hours_since_last");
        names.add("log_hours_since_first");
        names.add("has_events");
        return names;
    }

    /** Writes the aggregates of {@code events} seen at {@code at} into {@code out} from {@code offset}. */
    public void row(List<SequenceEvent> events, Instant at, float[] out, int offset) {
        int k = kinds.size() + 1;
        int perKind = 1 + windows.size();
        int totals = k * perKind;
        for (SequenceEvent e : events) {
            int i = kinds.indexOf(kind(e));
            int slot = (i < 0 ? kinds.size() : i) * perKind;
            out[offset + slot]++;
            out[offset + totals]++;
            for (int w = 0; w < windows.size(); w++) {
                if (!e.at().isBefore(at.minus(windows.get(w)))) {
                    out[offset + slot + 1 + w]++;
                    out[offset + totals + 1 + w]++;
                }
            }
        }
        int base = totals + perKind;
        if (!events.isEmpty()) {
            SequenceEvent last = events.get(events.size() - 1);
            int i = kinds.indexOf(kind(last));
            out[offset + base + (i < 0 ? kinds.size() : i)] = 1f;
            out[offset + base + k] = logHours(last.at(), at);
            out[offset + base + k + 1] = logHours(events.get(0).at(), at);
            out[offset + base + k + 2] = 1f;
        } else {
            out[offset + base + k] = Float.NaN;
            out[offset + base + k + 1] = Float.NaN;
        }
    }

    private static float logHours(Instant from, Instant to) {
        return (float) Math.log1p(Math.max(0, Duration.between(from, to).toMillis()) / 3_600_000.0);
    }
}
