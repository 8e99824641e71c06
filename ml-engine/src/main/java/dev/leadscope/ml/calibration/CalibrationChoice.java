package dev.leadscope.ml.calibration;

import dev.leadscope.ml.evaluation.Metrics;
import java.util.Random;

/**
 * Fits both Platt scaling and isotonic regression on held-out margins, compares them by cross-validated log
 * loss on those rows, and keeps the better one (refitted on all of them). Also returns the out-of-fold
 * calibrated probabilities, an honest estimate of how the chosen calibration behaves on new rows.
 *
 * @param chosen           the calibration to use
 * @param plattLogLoss     cross-validated log loss of Platt scaling
 * @param isotonicLogLoss  cross-validated log loss of isotonic regression
 * @param outOfFold        the chosen method's out-of-fold probability for each row
 */
public record CalibrationChoice(Calibration chosen, double plattLogLoss, double isotonicLogLoss, double[] outOfFold) {
    public CalibrationChoice {
        outOfFold = outOfFold.clone();
    }

    /** Chooses with {@code folds}-fold cross-validation over the rows, shuffled by {@code seed}. */
    public static CalibrationChoice choose(double[] margins, int[] labels, int folds, long seed) {
        int n = margins.length;
        int[] fold = new int[n];
        Random random = new Random(seed ^ 0xCA11B8L);
        for (int i = 0; i < n; i++) {
            fold[i] = i % folds;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = fold[i];
            fold[i] = fold[j];
            fold[j] = t;
        }
        double[] platt = new double[n];
        double[] iso = new double[n];
        for (int f = 0; f < folds; f++) {
            int size = 0;
            for (int x : fold) {
                size += x != f ? 1 : 0;
            }
            double[] m = new double[size];
            int[] y = new int[size];
            int k = 0;
            for (int i = 0; i < n; i++) {
                if (fold[i] != f) {
                    m[k] = margins[i];
                    y[k++] = labels[i];
                }
            }
            PlattScaling p = PlattScaling.fit(m, y);
            IsotonicCalibration c = IsotonicCalibration.fit(m, y);
            for (int i = 0; i < n; i++) {
                if (fold[i] == f) {
                    platt[i] = p.apply(margins[i]);
                    iso[i] = c.apply(margins[i]);
                }
            }
        }
        double plattLoss = Metrics.logLoss(platt, labels);
        double isoLoss = Metrics.logLoss(iso, labels);
        boolean isotonic = isoLoss < plattLoss;
        Calibration chosen = isotonic ? IsotonicCalibration.fit(margins, labels) : PlattScaling.fit(margins, labels);
        return new CalibrationChoice(chosen, plattLoss, isoLoss, isotonic ? iso : platt);
    }
}
