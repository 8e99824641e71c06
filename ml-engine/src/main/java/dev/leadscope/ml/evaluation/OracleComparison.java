package dev.leadscope.ml.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A model's ROC AUC beside the oracle's (the true probabilities) on exactly the same held-out snapshots and the
 * same labels: the snapshots the ground truth has a row for.
 *
 * @param heldOut       held-out snapshots
 * @param matched       those the ground truth has a probability for (both AUCs are over these)
 * @param labelled      matched snapshots the ground truth also labels
 * @param labelsDiffer  of those, how many carry another label in the truth file than in the held-out set
 * @param modelAuc      the model's ROC AUC on the matched snapshots
 * @param oracleAuc     the true probabilities' ROC AUC on the matched snapshots, with the held-out labels
 */
public record OracleComparison(int heldOut, int matched, int labelled, int labelsDiffer, double modelAuc, double oracleAuc) {

    /** The gap the model leaves to the oracle (positive when the model is behind). */
    public double gap() {
        return oracleAuc - modelAuc;
    }

    /**
     * Compares on the held-out snapshots given as parallel lists.
     *
     * @throws IllegalArgumentException when the lists differ in length, or the matched snapshots hold one class only
     */
    public static OracleComparison of(GroundTruth truth, List<String> leads, List<Instant> times, int[] labels,
                                      double[] probabilities) {
        int n = labels.length;
        if (leads.size() != n || times.size() != n || probabilities.length != n) {
            throw new IllegalArgumentException("leads, times, labels and probabilities differ in length");
        }
        List<Integer> rows = new ArrayList<>();
        List<Double> oracle = new ArrayList<>();
        int labelled = 0;
        int differ = 0;
        for (int i = 0; i < n; i++) {
            GroundTruth.Point p = truth.at(leads.get(i), times.get(i));
            if (p == null) {
                continue;
            }
            rows.add(i);
            oracle.add(p.probability());
            if (p.label() != null) {
                labelled++;
                if (p.label() != labels[i]) {
                    differ++;
                }
            }
        }
        int m = rows.size();
        double[] model = new double[m];
        double[] truthP = new double[m];
        int[] y = new int[m];
        for (int k = 0; k < m; k++) {
            model[k] = probabilities[rows.get(k)];
            truthP[k] = oracle.get(k);
            y[k] = labels[rows.get(k)];
        }
        return new OracleComparison(n, m, labelled, differ, Metrics.rocAuc(model, y), Metrics.rocAuc(truthP, y));
    }
}
