package dev.leadscope.ml.feature;

import java.util.List;
import java.util.Locale;

/**
 * Free text as its word count and the counts of its lower-cased words hashed into {@code buckets} features
 * (String.hashCode is specified, so the hashing is stable across JVMs); missing → word count NaN.
 */
public record TextEncoder(String column, int buckets) implements ColumnEncoder {
    public TextEncoder {
        FeatureChecks.column(column);
        if (buckets < 1 || buckets > 1024) {
            throw new IllegalArgumentException("text buckets must be between 1 and 1024: " + buckets);
        }
    }

    @Override
    public List<String> featureNames() {
        String[] names = new String[buckets + 1];
        names[0] = column + ":words";
        for (int i = 0; i < buckets; i++) {
            names[i + 1] = column + ":token#" + i;
        }
        return List.of(names);
    }

    @Override
    public void encode(String cell, float[] out, int offset) {
        for (int i = 0; i <= buckets; i++) {
            out[offset + i] = 0f;
        }
        if (cell == null) {
            out[offset] = Float.NaN;
            return;
        }
        int words = 0;
        for (String token : cell.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!token.isEmpty()) {
                words++;
                out[offset + 1 + Math.floorMod(token.hashCode(), buckets)] += 1f;
            }
        }
        out[offset] = words;
    }

    @Override
    public String describe(String cell) {
        if (cell == null) {
            return Describe.label(column) + ": empty";
        }
        String shown = cell.length() > 40 ? cell.substring(0, 40) + "…" : cell;
        return Describe.label(column) + ": \"" + shown + "\"";
    }
}
