package dev.leadscope.ml.feature;

import java.util.List;
import java.util.Map;

/**
 * A high-cardinality category as the smoothed conversion rate of its level in the training data; levels
 * never seen (and missing cells, unless "missing" itself was a level) get the overall rate {@code prior}.
 * During training the rows get out-of-fold rates so that a row never sees its own label.
 */
public record TargetEncoder(String column, Map<String, Double> rates, double prior) implements ColumnEncoder {
    /** The level under which missing cells are counted. */
    public static final String MISSING = "(missing)";

    public TargetEncoder {
        FeatureChecks.column(column);
        rates = Map.copyOf(rates);
        if (!(prior >= 0 && prior <= 1)) {
            throw new IllegalArgumentException("prior must be in [0,1]: " + prior);
        }
    }

    @Override
    public int width() {
        return 1;
    }

    @Override
    public List<String> featureNames() {
        return List.of(column + " (conversion rate)");
    }

    @Override
    public void encode(String cell, float[] out, int offset) {
        Double rate = rates.get(cell == null ? MISSING : cell);
        out[offset] = (float) (rate == null ? prior : rate);
    }
}
