package dev.leadscope.ml.snapshot;

import dev.leadscope.ml.tabular.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Lays snapshot rows out as the {@link Table} the feature pipeline fits on and encodes. */
public final class SnapshotTable {
    private SnapshotTable() {
    }

    /** The rows of the given examples; the table's "line" of each row is its position in {@code examples} plus one. */
    public static Table of(SnapshotFeatures features, List<LeadHistory> histories, List<TrainingExamples.Example> examples) {
        List<String[]> rows = new ArrayList<>(examples.size());
        int[] lines = new int[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            TrainingExamples.Example e = examples.get(i);
            rows.add(features.row(histories.get(e.history()), e.at()));
            lines[i] = i + 1;
        }
        return Table.typed(features.columns().names(), rows, lines, features.columns().types());
    }

    /** One row, for serving a single lead at {@code t}. */
    public static Table single(SnapshotFeatures features, LeadHistory history, Instant t) {
        List<String[]> rows = new ArrayList<>(1);
        rows.add(features.row(history, t));
        return Table.typed(features.columns().names(), rows, new int[] {1}, features.columns().types());
    }
}
