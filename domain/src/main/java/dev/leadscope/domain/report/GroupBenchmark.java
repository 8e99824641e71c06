package dev.leadscope.domain.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One rep's (or channel's) conversions against what the model expected of the leads they worked. Expected is the
 * sum of the leads' probabilities; if the group did exactly as the model predicts, actual conversions follow a
 * Poisson-binomial distribution with that mean and variance {@code sum p(1-p)}. The interval is the 95 % normal
 * interval of actual/expected: {@code (actual -/+ 1.96 sqrt(variance)) / expected}, floored at 0; {@code z} is
 * {@code (actual - expected) / sqrt(variance)}. Rank 1 is the highest ratio.
 */
public record GroupBenchmark(String group, int leads, double expected, int actual, double variance, double ratio,
                             double ratioLow, double ratioHigh, double z, int rank) {
    /** The normal quantile of a two-sided 95 % interval. */
    public static final double Z95 = 1.959964;

    public GroupBenchmark {
        Objects.requireNonNull(group, "group");
    }

    /** The groups of {@code worked}, ranked by actual/expected, highest first (ties by group name). */
    public static List<GroupBenchmark> rank(List<WorkedLead> worked) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (WorkedLead w : worked) {
            double[] s = sums.computeIfAbsent(w.group(), g -> new double[4]);
            s[0]++;
            s[1] += w.probability();
            s[2] += w.converted() ? 1 : 0;
            s[3] += w.probability() * (1 - w.probability());
        }
        List<GroupBenchmark> rows = new ArrayList<>();
        sums.forEach((group, s) -> {
            double expected = s[1];
            int actual = (int) s[2];
            double sd = Math.sqrt(s[3]);
            double ratio = expected > 0 ? actual / expected : Double.NaN;
            double low = expected > 0 ? Math.max(0, actual - Z95 * sd) / expected : Double.NaN;
            double high = expected > 0 ? (actual + Z95 * sd) / expected : Double.NaN;
            double z = sd > 0 ? (actual - expected) / sd : Double.NaN;
            rows.add(new GroupBenchmark(group, (int) s[0], expected, actual, s[3], ratio, low, high, z, 0));
        });
        rows.sort(Comparator.comparingDouble((GroupBenchmark g) -> Double.isNaN(g.ratio()) ? Double.NEGATIVE_INFINITY : g.ratio())
                .reversed().thenComparing(GroupBenchmark::group));
        List<GroupBenchmark> ranked = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            GroupBenchmark g = rows.get(i);
            ranked.add(new GroupBenchmark(g.group, g.leads, g.expected, g.actual, g.variance, g.ratio, g.ratioLow, g.ratioHigh,
                    g.z, i + 1));
        }
        return ranked;
    }
}
