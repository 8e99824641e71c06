package dev.leadscope.ml.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Quality measures of probabilities against 0/1 outcomes; all are pure functions of their arguments. */
public final class Metrics {
    private Metrics() {
    }

    /** ROC AUC: the chance a random converted row scores above a random other one; ties count half. */
    public static double rocAuc(double[] scores, int[] labels) {
        Integer[] order = order(scores, false);
        double pos = 0;
        double rankSum = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && scores[order[j + 1]] == scores[order[i]]) {
                j++;
            }
            double avgRank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (labels[order[k]] == 1) {
                    pos++;
                    rankSum += avgRank;
                }
            }
            i = j + 1;
        }
        double neg = scores.length - pos;
        if (pos == 0 || neg == 0) {
            return Double.NaN;
        }
        return (rankSum - pos * (pos + 1) / 2) / (pos * neg);
    }

    /** PR AUC as average precision: the mean of the precision at each threshold, weighted by the recall gained. */
    public static double prAuc(double[] scores, int[] labels) {
        Integer[] order = order(scores, true);
        double total = Arrays.stream(labels).sum();
        if (total == 0) {
            return Double.NaN;
        }
        double tp = 0;
        double seen = 0;
        double ap = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            double groupTp = 0;
            while (j < order.length && scores[order[j]] == scores[order[i]]) {
                groupTp += labels[order[j]];
                j++;
            }
            tp += groupTp;
            seen += j - i;
            ap += (groupTp / total) * (tp / seen);
            i = j;
        }
        return ap;
    }

    /** Mean negative log-likelihood, probabilities clipped to [1e-15, 1 - 1e-15]. */
    public static double logLoss(double[] p, int[] labels) {
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            double q = Math.min(1 - 1e-15, Math.max(1e-15, p[i]));
            sum -= labels[i] == 1 ? Math.log(q) : Math.log(1 - q);
        }
        return sum / p.length;
    }

    /** Mean squared difference between probability and outcome. */
    public static double brier(double[] p, int[] labels) {
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            double d = p[i] - labels[i];
            sum += d * d;
        }
        return sum / p.length;
    }

    /** The reliability table over {@code bins} equal-width probability bins (empty bins included). */
    public static List<ReliabilityBin> reliability(double[] p, int[] labels, int bins) {
        double[] sumP = new double[bins];
        double[] pos = new double[bins];
        int[] count = new int[bins];
        for (int i = 0; i < p.length; i++) {
            int b = Math.min(bins - 1, (int) Math.floor(p[i] * bins));
            sumP[b] += p[i];
            pos[b] += labels[i];
            count[b]++;
        }
        List<ReliabilityBin> out = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            out.add(new ReliabilityBin((double) b / bins, (double) (b + 1) / bins, count[b],
                    count[b] == 0 ? Double.NaN : sumP[b] / count[b], count[b] == 0 ? Double.NaN : pos[b] / count[b]));
        }
        return out;
    }

    /** Expected calibration error: the row-weighted mean gap between predicted and observed rate per bin. */
    public static double expectedCalibrationError(List<ReliabilityBin> table) {
        long n = table.stream().mapToLong(ReliabilityBin::count).sum();
        double ece = 0;
        for (ReliabilityBin b : table) {
            if (b.count() > 0) {
                ece += (double) b.count() / n * Math.abs(b.meanPredicted() - b.observedRate());
            }
        }
        return ece;
    }

    /** Precision, recall and lift among the top {@code fraction} of rows by score (at least one row). */
    public static TopShare topShare(double[] p, int[] labels, double fraction) {
        Integer[] order = order(p, true);
        int k = Math.max(1, (int) Math.ceil(fraction * p.length));
        double hits = 0;
        for (int i = 0; i < k; i++) {
            hits += labels[order[i]];
        }
        double total = Arrays.stream(labels).sum();
        double base = total / p.length;
        double precision = hits / k;
        return new TopShare(fraction, k, precision, total == 0 ? Double.NaN : hits / total,
                base == 0 ? Double.NaN : precision / base);
    }

    /** Row positions ordered by score (stable: equal scores keep their row order). */
    static Integer[] order(double[] scores, boolean descending) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Comparator<Integer> c = Comparator.comparingDouble(i -> scores[i]);
        Arrays.sort(order, descending ? c.reversed() : c);
        return order;
    }
}
