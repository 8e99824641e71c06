package dev.leadscope.ml.explain;

import dev.leadscope.domain.scoring.Reason;
import dev.leadscope.ml.feature.CategoryEncoder;
import dev.leadscope.ml.feature.ColumnEncoder;
import dev.leadscope.ml.feature.FeatureSchema;
import dev.leadscope.ml.tabular.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns per-feature TreeSHAP contributions (log-odds) into reasons about the original columns: the parts of
 * a one-hot category (and its conversion-rate feature) are summed back into their column, and each column is
 * worded from the row's own cell ("Lead source: Reference", "Total time spent on website: 1,450 (high)").
 */
public final class ReasonBuilder {
    private final FeatureSchema schema;
    private final List<String> columns;
    private final int[] featureColumn;
    private final ColumnEncoder[] wording;

    public ReasonBuilder(FeatureSchema schema) {
        this.schema = schema;
        this.columns = schema.columns();
        int[] owners = schema.owners();
        this.featureColumn = new int[owners.length];
        for (int f = 0; f < owners.length; f++) {
            featureColumn[f] = columns.indexOf(schema.encoders().get(owners[f]).column());
        }
        Map<String, ColumnEncoder> words = new LinkedHashMap<>();
        for (ColumnEncoder e : schema.encoders()) {
            if (!words.containsKey(e.column()) || e instanceof CategoryEncoder) {
                words.put(e.column(), e);
            }
        }
        this.wording = columns.stream().map(words::get).toArray(ColumnEncoder[]::new);
    }

    /** Summed contribution per source column (in {@link FeatureSchema#columns()} order); the bias is dropped. */
    public double[] byColumn(float[] contributions) {
        double[] sums = new double[columns.size()];
        for (int f = 0; f < featureColumn.length; f++) {
            sums[featureColumn[f]] += contributions[f];
        }
        return sums;
    }

    /** The top {@code n} reasons each way for row {@code row} of the table. */
    public Explanation explain(Table table, int row, float[] contributions, int n) {
        double[] sums = byColumn(contributions);
        List<Integer> order = new ArrayList<>();
        for (int c = 0; c < sums.length; c++) {
            order.add(c);
        }
        order.sort(Comparator.comparingDouble(c -> -Math.abs(sums[c])));
        List<Reason> up = new ArrayList<>();
        List<Reason> down = new ArrayList<>();
        for (int c : order) {
            double v = sums[c];
            if (Math.abs(v) < 1e-6) {
                continue;
            }
            List<Reason> target = v > 0 ? up : down;
            if (target.size() < n) {
                String column = columns.get(c);
                String cell = table.has(column) ? table.cell(row, table.column(column)) : null;
                target.add(new Reason(column, wording[c].describe(cell), v));
            }
            if (up.size() >= n && down.size() >= n) {
                break;
            }
        }
        return new Explanation(up, down);
    }

    public FeatureSchema schema() {
        return schema;
    }
}
