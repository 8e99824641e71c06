package dev.leadscope.ml.feature;

import dev.leadscope.ml.tabular.Values;
import java.util.List;

/** Yes/true/1 → 1, no/false/0 → 0, missing or unreadable → NaN. */
public record BooleanEncoder(String column) implements ColumnEncoder {
    public BooleanEncoder {
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
        Boolean b = Values.bool(cell);
        out[offset] = b == null ? Float.NaN : b ? 1f : 0f;
    }

    @Override
    public String describe(String cell) {
        Boolean b = Values.bool(cell);
        return Describe.label(column) + ": " + (b == null ? "unknown" : b ? "yes" : "no");
    }
}
