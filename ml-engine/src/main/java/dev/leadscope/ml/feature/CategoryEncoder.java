package dev.leadscope.ml.feature;

import java.util.List;

/**
 * One-hot encoding of the frequent {@code levels}; rare levels seen in training and levels never seen are
 * grouped in one "other" feature; a missing cell sets no feature.
 */
public record CategoryEncoder(String column, List<String> levels) implements ColumnEncoder {
    /** The name suffix of the feature that collects rare and unknown levels. */
    public static final String OTHER = "(other)";

    public CategoryEncoder {
        FeatureChecks.column(column);
        levels = List.copyOf(levels);
    }

    @Override
    public int width() {
        return levels.size() + 1;
    }

    @Override
    public List<String> featureNames() {
        String[] names = new String[levels.size() + 1];
        for (int i = 0; i < levels.size(); i++) {
            names[i] = column + "=" + levels.get(i);
        }
        names[levels.size()] = column + "=" + OTHER;
        return List.of(names);
    }

    @Override
    public void encode(String cell, float[] out, int offset) {
        int width = levels.size() + 1;
        for (int i = 0; i < width; i++) {
            out[offset + i] = 0f;
        }
        if (cell == null) {
            return;
        }
        int i = levels.indexOf(cell);
        out[offset + (i < 0 ? levels.size() : i)] = 1f;
    }
}
