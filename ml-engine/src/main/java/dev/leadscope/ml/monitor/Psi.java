package dev.leadscope.ml.monitor;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Population stability index between a reference sample and a current one: the reference is cut into (up to)
 * ten bins of equal count, missing values (NaN) get a bin of their own, and
 * {@code PSI = sum (cur - ref) ln(cur / ref)} over the bins' shares (empty shares count as 0.0001).
 */
public final class Psi {
    /** Bins cut from the reference. */
    public static final int BINS = 10;
    private static final double FLOOR = 1e-4;

    private Psi() {
    }

    /** The PSI of {@code current} against {@code reference}; both must be non-empty. */
    public static double of(double[] reference, double[] current) {
        if (reference.length == 0 || current.length == 0) {
            throw new IllegalArgumentException("PSI needs values on both sides: " + reference.length + " and " + current.length);
        }
        double[] edges = edges(reference);
        double[] ref = shares(reference, edges);
        double[] cur = shares(current, edges);
        double psi = 0;
        for (int b = 0; b < ref.length; b++) {
            double r = Math.max(ref[b], FLOOR);
            double c = Math.max(cur[b], FLOOR);
            psi += (c - r) * Math.log(c / r);
        }
        return psi;
    }

    /**
     * The PSI of category counts: each share is smoothed as {@code (n + 0.5) / (N + 0.5 K)} over the K categories seen
     * on either side, so a category absent from one small sample does not weigh as if its share were 0.0001.
     */
    public static double ofCounts(Map<String, Integer> reference, Map<String, Integer> current) {
        Set<String> all = new TreeSet<>(reference.keySet());
        all.addAll(current.keySet());
        double nRef = reference.values().stream().mapToInt(Integer::intValue).sum();
        double nCur = current.values().stream().mapToInt(Integer::intValue).sum();
        if (nRef == 0 || nCur == 0) {
            throw new IllegalArgumentException("PSI needs counts on both sides: " + nRef + " and " + nCur);
        }
        double psi = 0;
        for (String c : all) {
            double r = (reference.getOrDefault(c, 0) + 0.5) / (nRef + 0.5 * all.size());
            double x = (current.getOrDefault(c, 0) + 0.5) / (nCur + 0.5 * all.size());
            psi += (x - r) * Math.log(x / r);
        }
        return psi;
    }

    /**
     * The PSI expected between two samples of sizes {@code n1} and {@code n2} drawn from one population over
     * {@code bins} bins, {@code (bins - 1)(1/n1 + 1/n2)}: to second order PSI is the chi-square distance of the two
     * shares, whose mean under the same population is that. 0 when either side is empty.
     */
    public static double expectedNoise(int bins, int n1, int n2) {
        if (bins < 0) {
            throw new IllegalArgumentException("bins must not be negative: " + bins);
        }
        if (bins < 2 || n1 <= 0 || n2 <= 0) {
            return 0;
        }
        return (bins - 1) * (1.0 / n1 + 1.0 / n2);
    }

    /** The number of bins {@link #of} uses for these samples: the reference's value bins, and the missing bin if used. */
    public static int bins(double[] reference, double[] current) {
        int valueBins = edges(reference).length + 1;
        boolean missing = Arrays.stream(reference).anyMatch(Double::isNaN) || Arrays.stream(current).anyMatch(Double::isNaN);
        return valueBins + (missing ? 1 : 0);
    }

    /** The number of categories {@link #ofCounts} compares: those seen on either side. */
    public static int categories(Map<String, Integer> reference, Map<String, Integer> current) {
        Set<String> all = new TreeSet<>(reference.keySet());
        all.addAll(current.keySet());
        return all.size();
    }

    /** Upper edges of the reference's decile bins, duplicates dropped (a value equal to an edge falls in its bin). */
    static double[] edges(double[] reference) {
        double[] sorted = Arrays.stream(reference).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (sorted.length == 0) {
            return new double[0];
        }
        double[] edges = new double[BINS - 1];
        for (int q = 1; q < BINS; q++) {
            edges[q - 1] = sorted[Math.min(sorted.length - 1, (int) ((long) q * sorted.length / BINS))];
        }
        return Arrays.stream(edges).distinct().toArray();
    }

    /** Share of values per bin: {@code edges.length + 1} value bins, then the missing bin. */
    static double[] shares(double[] values, double[] edges) {
        double[] counts = new double[edges.length + 2];
        for (double v : values) {
            if (Double.isNaN(v)) {
                counts[counts.length - 1]++;
            } else {
                int i = Arrays.binarySearch(edges, v);
                counts[i >= 0 ? i : -i - 1]++;
            }
        }
        for (int b = 0; b < counts.length; b++) {
            counts[b] /= values.length;
        }
        return counts;
    }
}
