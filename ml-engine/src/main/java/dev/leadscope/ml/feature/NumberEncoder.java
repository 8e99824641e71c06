package dev.leadscope.ml.feature;

import dev.leadscope.ml.tabular.Values;
import java.util.List;

/**
 * A number as it is; missing or unreadable cells stay NaN (the tree model learns where they go). The training
 * quartiles {@code low} and {@code high} only serve to word reasons ("1,450 (high)").
 */
public record NumberEncoder(String column, double low, double high) implements ColumnEncoder {
    public NumberEncoder {
        FeatureChecks.column(column);
    }

    @Override
    public int width() {
        return 1;
    }

    @Override
    public List<String> featureNames() {
        return List.of(column);
    }

    @Override
    public void encode(String cell, float[] out, int offset) {
        out[offset] = (float) Values.number(cell);
    }

    @Override
    public String describe(String cell) {
        double v = Values.number(cell);
        if (Double.isNaN(v)) {
            return Describe.label(column) + ": unknown";
        }
        String band = v >= high && high > low ? " (high)" : v <= low && high > low ? " (low)" : "";
        return Describe.label(column) + ": " + Describe.number(v) + band;
    }
}
