package dev.leadscope.ml.feature;

import dev.leadscope.ml.tabular.Table;
import dev.leadscope.ml.tabular.Values;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Fits a {@link FeatureSchema} on training rows only (levels, quartiles, conversion rates are learned from
 * them) and encodes those rows, with out-of-fold conversion rates so that no row sees its own label.
 */
public final class FeaturePipeline {
    private FeaturePipeline() {
    }

    /** The fitted schema and the training matrix ({@code rows × schema.width()}, row-major). */
    public record Fitted(FeatureSchema schema, float[] matrix) {
    }

    /** Fits on every column of the table except {@code excluded}. */
    public static Fitted fit(Table table, int[] labels, Set<String> excluded, FeatureOptions options, long seed) {
        return fit(table, labels, excluded, options, seed, null);
    }

    /**
     * Fits on every column except {@code excluded}; rows with the same {@code groups} value (for example the weekly
     * snapshots of one account, which share its outcome) fall in the same out-of-fold target-encoding fold, so a
     * row's conversion-rate features never see its own group's labels. {@code groups} null: every row is its own.
     */
    public static Fitted fit(Table table, int[] labels, Set<String> excluded, FeatureOptions options, long seed,
                             int[] groups) {
        if (groups != null && groups.length != table.rowCount()) {
            throw new IllegalArgumentException("groups has " + groups.length + " entries for " + table.rowCount() + " rows");
        }
        // columns are fitted independently: fit them on every core, then keep them in column order
        List<List<ColumnEncoder>> perColumn = IntStream.range(0, table.columns().size()).parallel()
                .mapToObj(c -> excluded.contains(table.columns().get(c)) ? List.<ColumnEncoder>of() : fitColumn(table, c, labels, options))
                .toList();
        List<ColumnEncoder> encoders = new ArrayList<>();
        perColumn.forEach(encoders::addAll);
        if (encoders.isEmpty()) {
            throw new IllegalArgumentException("no feature columns left after excluding " + excluded);
        }
        FeatureSchema schema = new FeatureSchema(encoders);
        float[] matrix = schema.encode(table);
        overwriteOutOfFold(schema, table, labels, matrix, options, seed, groups);
        return new Fitted(schema, matrix);
    }

    private static List<ColumnEncoder> fitColumn(Table t, int c, int[] labels, FeatureOptions o) {
        String name = t.columns().get(c);
        int n = t.rowCount();
        switch (t.type(c)) {
            case NUMBER -> {
                double[] v = new double[n];
                int k = 0;
                for (int r = 0; r < n; r++) {
                    double x = Values.number(t.cell(r, c));
                    if (!Double.isNaN(x)) {
                        v[k++] = x;
                    }
                }
                if (k == 0) {
                    return List.of();
                }
                double[] sorted = Arrays.copyOf(v, k);
                Arrays.sort(sorted);
                return List.of(new NumberEncoder(name, sorted[(int) (0.25 * (k - 1))], sorted[(int) (0.75 * (k - 1))]));
            }
            case BOOLEAN -> {
                return List.of(new BooleanEncoder(name));
            }
            case TEXT -> {
                return List.of(new TextEncoder(name, o.textBuckets()));
            }
            case TIMESTAMP -> {
                Instant max = null;
                for (int r = 0; r < n; r++) {
                    Instant x = Values.instant(t.cell(r, c));
                    if (x != null && (max == null || x.isAfter(max))) {
                        max = x;
                    }
                }
                return max == null ? List.of() : List.of(new TimestampEncoder(name, max.getEpochSecond()));
            }
            default -> {
                return fitCategory(t, c, labels, o);
            }
        }
    }

    private static List<ColumnEncoder> fitCategory(Table t, int c, int[] labels, FeatureOptions o) {
        String name = t.columns().get(c);
        Map<String, Integer> counts = new HashMap<>();
        for (int r = 0; r < t.rowCount(); r++) {
            String v = t.cell(r, c);
            if (v != null) {
                counts.merge(v, 1, Integer::sum);
            }
        }
        if (counts.isEmpty()) {
            return List.of();
        }
        List<String> levels = counts.entrySet().stream()
                .filter(e -> e.getValue() >= o.minLevelCount())
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .limit(o.maxOneHotLevels())
                .toList();
        List<ColumnEncoder> out = new ArrayList<>();
        out.add(new CategoryEncoder(name, levels));
        if (o.targetEncoding() && counts.size() > o.maxOneHotLevels()) {
            out.add(targetEncoder(t, c, labels, null, o.smoothing()));
        }
        return out;
    }

    /** Smoothed conversion rates per level over the rows where {@code use} is true (all rows when null). */
    static TargetEncoder targetEncoder(Table t, int c, int[] labels, boolean[] use, double smoothing) {
        Map<String, double[]> sums = new HashMap<>();
        double pos = 0;
        int n = 0;
        for (int r = 0; r < t.rowCount(); r++) {
            if (use != null && !use[r]) {
                continue;
            }
            String v = t.cell(r, c);
            double[] s = sums.computeIfAbsent(v == null ? TargetEncoder.MISSING : v, k -> new double[2]);
            s[0] += labels[r];
            s[1] += 1;
            pos += labels[r];
            n++;
        }
        double prior = n == 0 ? 0.0 : pos / n;
        Map<String, Double> rates = new HashMap<>();
        sums.entrySet().stream().sorted(Comparator.comparing(Map.Entry::getKey)).forEach(e ->
                rates.put(e.getKey(), (e.getValue()[0] + prior * smoothing) / (e.getValue()[1] + smoothing)));
        return new TargetEncoder(t.columns().get(c), rates, prior);
    }

    private static void overwriteOutOfFold(FeatureSchema schema, Table t, int[] labels, float[] matrix,
                                           FeatureOptions o, long seed, int[] groups) {
        int w = schema.width();
        List<int[]> targets = new ArrayList<>();
        int offset = 0;
        for (ColumnEncoder e : schema.encoders()) {
            if (e instanceof TargetEncoder) {
                targets.add(new int[] {t.column(e.column()), offset});
            }
            offset += e.width();
        }
        if (targets.isEmpty()) {
            return;
        }
        int[] fold = groups == null ? folds(t.rowCount(), o.targetFolds(), seed) : groupFolds(groups, o.targetFolds(), seed);
        // each target-encoded column writes only its own cells of the matrix: do them on every core
        targets.parallelStream().forEach(target -> {
            int c = target[0];
            for (int f = 0; f < o.targetFolds(); f++) {
                boolean[] use = new boolean[t.rowCount()];
                for (int r = 0; r < use.length; r++) {
                    use[r] = fold[r] != f;
                }
                TargetEncoder partial = targetEncoder(t, c, labels, use, o.smoothing());
                for (int r = 0; r < use.length; r++) {
                    if (!use[r]) {
                        partial.encode(t.cell(r, c), matrix, r * w + target[1]);
                    }
                }
            }
        });
    }

    private static int[] groupFolds(int[] groups, int k, long seed) {
        int[] distinct = Arrays.stream(groups).distinct().sorted().toArray();
        int[] byGroup = folds(distinct.length, k, seed);
        Map<Integer, Integer> foldOf = new HashMap<>();
        for (int i = 0; i < distinct.length; i++) {
            foldOf.put(distinct[i], byGroup[i]);
        }
        int[] fold = new int[groups.length];
        for (int r = 0; r < groups.length; r++) {
            fold[r] = foldOf.get(groups[r]);
        }
        return fold;
    }

    private static int[] folds(int n, int k, long seed) {
        int[] fold = new int[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Collections.shuffle(Arrays.asList(order), new Random(seed ^ 0x5EEDL));
        for (int i = 0; i < n; i++) {
            fold[order[i]] = i % k;
        }
        return fold;
    }
}
