package dev.leadscope.ml.snapshot;

import dev.leadscope.domain.event.ActivityEvent;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts of events before a moment t, per event key: in the last 7, 30 and 90 days, the time since the last one,
 * velocity (events per week in the last 7 days minus the weekly rate of the 21 days before) and an
 * exponentially decayed sum (half-life about 10 days). Only events strictly before t are seen.
 */
final class Behaviour {
    static final double DECAY_DAYS = 14.0;

    /** Running totals of one key. */
    static final class Tally {
        int n7;
        int n28;
        int n30;
        int n90;
        double decayed;
        double lastAgeDays = Double.NaN;

        void add(double ageDays) {
            if (ageDays < 7) {
                n7++;
            }
            if (ageDays < 28) {
                n28++;
            }
            if (ageDays < 30) {
                n30++;
            }
            if (ageDays < 90) {
                n90++;
            }
            if (ageDays < 365) {
                decayed += Math.exp(-ageDays / DECAY_DAYS);
            }
            if (Double.isNaN(lastAgeDays) || ageDays < lastAgeDays) {
                lastAgeDays = ageDays;
            }
        }

        double velocity() {
            return n7 - (n28 - n7) / 3.0;
        }
    }

    private Behaviour() {
    }

    /** Tallies per key ("all" for every event) of the events before {@code t}; keys not in {@code keys} are tallied only under "all". */
    static Map<String, Tally> tally(List<ActivityEvent> events, Instant t, Set<String> keys) {
        Map<String, Tally> out = fresh(keys);
        Tally all = out.get("all");
        for (ActivityEvent e : events) {
            if (!e.occurredAt().isBefore(t)) {
                break;
            }
            double age = Cells.days(e.occurredAt(), t);
            all.add(age);
            for (String key : SnapshotSpec.keysOf(e)) {
                Tally tally = out.get(key);
                if (tally != null && (!"all".equals(key) || keys.contains(key))) {
                    tally.add(age);
                }
            }
        }
        return out;
    }

    /** An empty tally for "all" and for each of {@code keys}: one look-up per event key instead of three. */
    static Map<String, Tally> fresh(Set<String> keys) {
        Map<String, Tally> out = new HashMap<>(keys.size() * 2 + 2);
        for (String key : keys) {
            out.put(key, new Tally());
        }
        out.put("all", new Tally());
        return out;
    }

    /** Writes the six behaviour columns of {@code key}; a key with no events gets zeros and a missing recency. */
    static void write(Cells cells, String key, Tally tally) {
        Tally t = tally == null ? new Tally() : tally;
        int[] p = cells.columns().behaviourPositions(key);
        if (p == null) {
            throw new IllegalStateException("no snapshot columns for events " + key);
        }
        cells.put(p[0], t.n7);
        cells.put(p[1], t.n30);
        cells.put(p[2], t.n90);
        cells.put(p[3], t.lastAgeDays);
        cells.put(p[4], t.velocity());
        cells.put(p[5], t.decayed);
    }

    /** How many distinct event types happened in the 30 days before t. */
    static int distinctTypes30d(List<ActivityEvent> events, Instant t) {
        Set<String> types = new HashSet<>();
        for (ActivityEvent e : events) {
            if (!e.occurredAt().isBefore(t)) {
                break;
            }
            if (Cells.days(e.occurredAt(), t) < 30) {
                types.add(e.type().name());
            }
        }
        return types.size();
    }
}
