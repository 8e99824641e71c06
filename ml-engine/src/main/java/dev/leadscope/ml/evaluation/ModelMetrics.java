package dev.leadscope.ml.evaluation;

import dev.leadscope.domain.scoring.Tier;
import java.util.ArrayList;
import java.util.List;

/** Every measure of one model's probabilities on held-out rows. */
public record ModelMetrics(String model, int rows, int converted, double rocAuc, double prAuc, double logLoss,
                           double brier, double calibrationError, List<ReliabilityBin> reliability,
                           List<TopShare> top, List<GroupRate> scoreBands, List<GroupRate> tiers) {
    public ModelMetrics {
        reliability = List.copyOf(reliability);
        top = List.copyOf(top);
        scoreBands = List.copyOf(scoreBands);
        tiers = List.copyOf(tiers);
    }

    /** Measures {@code p} against {@code labels}. */
    public static ModelMetrics of(String model, double[] p, int[] labels, TierPolicy tiers) {
        List<ReliabilityBin> table = Metrics.reliability(p, labels, 10);
        List<TopShare> top = List.of(Metrics.topShare(p, labels, 0.05), Metrics.topShare(p, labels, 0.10),
                Metrics.topShare(p, labels, 0.20));
        int converted = 0;
        for (int y : labels) {
            converted += y;
        }
        return new ModelMetrics(model, p.length, converted, Metrics.rocAuc(p, labels), Metrics.prAuc(p, labels),
                Metrics.logLoss(p, labels), Metrics.brier(p, labels), Metrics.expectedCalibrationError(table), table,
                top, bands(p, labels), byTier(p, labels, tiers));
    }

    /** Conversion by score decile, best decile first. */
    static List<GroupRate> bands(double[] p, int[] labels) {
        Integer[] order = Metrics.order(p, true);
        List<GroupRate> out = new ArrayList<>();
        int n = p.length;
        for (int d = 0; d < 10; d++) {
            int from = (int) ((long) n * d / 10);
            int to = (int) ((long) n * (d + 1) / 10);
            if (to <= from) {
                continue;
            }
            int conv = 0;
            double sum = 0;
            for (int i = from; i < to; i++) {
                conv += labels[order[i]];
                sum += p[order[i]];
            }
            out.add(new GroupRate("top " + (d * 10) + "-" + ((d + 1) * 10) + " %", to - from, conv,
                    (double) conv / (to - from), sum / (to - from)));
        }
        return out;
    }

    static List<GroupRate> byTier(double[] p, int[] labels, TierPolicy policy) {
        List<GroupRate> out = new ArrayList<>();
        Tier[] order = {Tier.TOP, Tier.HIGH, Tier.MEDIUM, Tier.LOW};
        for (Tier t : order) {
            int rows = 0;
            int conv = 0;
            double sum = 0;
            for (int i = 0; i < p.length; i++) {
                if (policy.tierOf(p[i]) == t) {
                    rows++;
                    conv += labels[i];
                    sum += p[i];
                }
            }
            out.add(new GroupRate(t.name(), rows, conv, rows == 0 ? Double.NaN : (double) conv / rows,
                    rows == 0 ? Double.NaN : sum / rows));
        }
        return out;
    }
}
