package dev.leadscope.ml.snapshot;

import java.util.ArrayList;
import java.util.List;

/**
 * The lead's own behaviour columns, per event key: counts in the last 7, 30 and 90 days, the time since the last
 * event, velocity (events per week in the last 7 days minus the weekly rate of the 21 days before) and an
 * exponentially decayed sum (half-life about 10 days), taken from its {@link MemberActivity}.
 */
final class Behaviour {
    private Behaviour() {
    }

    /** The positions of the six behaviour columns of "all" (slot 0) and of each key (slot 1 + k). */
    static int[][] positions(SnapshotColumns columns, List<String> keys) {
        List<String> all = new ArrayList<>(keys.size() + 1);
        all.add("all");
        all.addAll(keys);
        int[][] out = new int[all.size()][];
        for (int slot = 0; slot < out.length; slot++) {
            out[slot] = columns.behaviourPositions(all.get(slot));
            if (out[slot] == null) {
                throw new IllegalStateException("no snapshot columns for events " + all.get(slot));
            }
        }
        return out;
    }

    /** Writes the behaviour columns of every slot; a key with no events gets zeros and a missing recency. */
    static void write(Cells cells, MemberActivity a, int[][] positions) {
        for (int slot = 0; slot < positions.length; slot++) {
            int[] p = positions[slot];
            cells.put(p[0], a.n7[slot]);
            cells.put(p[1], a.n30[slot]);
            cells.put(p[2], a.n90[slot]);
            cells.put(p[3], a.lastAgeDays[slot]);
            cells.put(p[4], a.velocity(slot));
            cells.put(p[5], a.decayed[slot]);
        }
    }
}
