package dev.leadscope.ml.snapshot;

import dev.leadscope.ml.feature.FeatureSchema;
import dev.leadscope.ml.tabular.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/** Lays snapshot rows out as the {@link Table} the feature pipeline fits on and encodes. */
public final class SnapshotTable {
    private SnapshotTable() {
    }

    /** The rows of the given examples; the table's "line" of each row is its position in {@code examples} plus one. */
    public static Table of(SnapshotFeatures features, List<LeadHistory> histories, List<TrainingExamples.Example> examples) {
        String[][] rows = new String[examples.size()][];
        int[] lines = new int[examples.size()];
        // rows are independent: compute them on every core
        IntStream.range(0, examples.size()).parallel().forEach(i -> {
            TrainingExamples.Example e = examples.get(i);
            rows[i] = features.row(histories.get(e.history()), e.at());
            lines[i] = i + 1;
        });
        return Table.typed(features.columns().names(), Arrays.asList(rows), lines, features.columns().types());
    }

    /**
     * The encoded feature rows of the examples ({@code examples.size() x schema.width()}, row-major), each row
     * computed as values and written straight into the matrix, on every core.
     */
    public static float[] encode(FeatureSchema schema, SnapshotFeatures features, List<LeadHistory> histories,
                                 List<TrainingExamples.Example> examples) {
        SnapshotEncoding encoding = new SnapshotEncoding(schema, features.columns());
        int width = encoding.width();
        float[] out = new float[Math.multiplyExact(examples.size(), width)];
        // rows are independent: compute them on every core
        IntStream.range(0, examples.size()).parallel().forEach(i -> {
            TrainingExamples.Example e = examples.get(i);
            encoding.encode(features.values(histories.get(e.history()), e.at()), out, i * width);
        });
        return out;
    }

    /** One row, for serving a single lead at {@code t}. */
    public static Table single(SnapshotFeatures features, LeadHistory history, Instant t) {
        List<String[]> rows = new ArrayList<>(1);
        rows.add(features.row(history, t));
        return Table.typed(features.columns().names(), rows, new int[] {1}, features.columns().types());
    }
}
