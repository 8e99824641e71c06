package dev.leadscope.ml.service;

import java.util.ArrayList;
import java.util.List;

/**
 * The statistics the rep evaluation reads: Spearman's rank correlation, a mean with its Student t interval, and the
 * empirical-Bayes (Poisson-gamma) shrinkage of actual / expected ratios that was weighed as a ranking.
 */
final class RankStatistics {
    private static final double[] T975 = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179,
        2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093};

    private RankStatistics() {
    }

    /** Mean, and the ends of its 95 % Student t interval (the mean itself twice for a single value). */
    static double[] meanInterval(List<Double> values) {
        int n = values.size();
        double mean = values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        if (n < 2) {
            return new double[] {mean, mean, mean};
        }
        double var = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum() / (n - 1);
        double half = (n - 1 <= T975.length ? T975[n - 2] : 1.96) * Math.sqrt(var / n);
        return new double[] {mean, mean - half, mean + half};
    }

    /**
     * Posterior means of each group's rate ratio when actual ~ Poisson(ratio x expected) and the ratios follow a gamma
     * prior fitted by moments (Marshall 1991): overall ratio {@code m = sum A / sum E}, between-group variance
     * {@code tau2 = max(0, sum E (A/E - m)^2 / sum E - m / mean E)}, and each ratio pulled towards m by
     * {@code tau2 / (tau2 + m / E)}. With tau2 = 0 every ratio is m; the order is then the limit as tau2 shrinks
     * towards 0, the excess {@code A - m E}, added at a scale that changes no value visibly.
     */
    static double[] shrunkRatios(int[] actual, double[] expected) {
        double sumA = 0;
        double sumE = 0;
        for (int i = 0; i < actual.length; i++) {
            sumA += actual[i];
            sumE += expected[i];
        }
        double m = sumA / sumE;
        double spread = 0;
        for (int i = 0; i < actual.length; i++) {
            double r = actual[i] / expected[i] - m;
            spread += expected[i] * r * r / sumE;
        }
        double tau2 = Math.max(0, spread - m / (sumE / actual.length));
        double[] shrunk = new double[actual.length];
        for (int i = 0; i < actual.length; i++) {
            double weight = tau2 / (tau2 + m / expected[i]);
            shrunk[i] = m + weight * (actual[i] / expected[i] - m) + 1e-9 * (actual[i] - m * expected[i]);
        }
        return shrunk;
    }

    /** Spearman's rank correlation (average ranks for ties). */
    static double spearman(double[] a, double[] b) {
        double[] ra = ranks(a);
        double[] rb = ranks(b);
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < ra.length; i++) {
            ma += ra[i] / ra.length;
            mb += rb[i] / rb.length;
        }
        double cov = 0;
        double va = 0;
        double vb = 0;
        for (int i = 0; i < ra.length; i++) {
            cov += (ra[i] - ma) * (rb[i] - mb);
            va += (ra[i] - ma) * (ra[i] - ma);
            vb += (rb[i] - mb) * (rb[i] - mb);
        }
        return cov / Math.sqrt(va * vb);
    }

    private static double[] ranks(double[] v) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < v.length; i++) {
            order.add(i);
        }
        order.sort((x, y) -> Double.compare(v[x], v[y]));
        double[] r = new double[v.length];
        for (int i = 0; i < order.size(); ) {
            int j = i;
            while (j + 1 < order.size() && v[order.get(j + 1)] == v[order.get(i)]) {
                j++;
            }
            for (int k = i; k <= j; k++) {
                r[order.get(k)] = (i + j) / 2.0 + 1;
            }
            i = j + 1;
        }
        return r;
    }
}
