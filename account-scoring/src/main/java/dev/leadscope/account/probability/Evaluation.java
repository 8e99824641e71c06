package dev.leadscope.account.probability;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * How well probabilities rank and match outcomes: ROC AUC, Brier score, log loss, expected calibration error over
 * ten equal-count bins, and the calibration table behind it.
 */
public record Evaluation(int examples, int positives, double auc, double brier, double logLoss, double calibrationError,
                         List<Bin> calibration) {

    /** One calibration bin: how many examples, their mean predicted probability and the share that converted. */
    public record Bin(int count, double meanPredicted, double observed) {
    }

    public Evaluation {
        calibration = List.copyOf(calibration);
    }

    public static Evaluation of(double[] predicted, int[] actual) {
        int n = predicted.length;
        if (n == 0 || actual.length != n) {
            throw new IllegalArgumentException("predicted and actual must have the same, non-zero length");
        }
        int positives = 0;
        double brier = 0;
        double logLoss = 0;
        for (int i = 0; i < n; i++) {
            positives += actual[i];
            brier += (predicted[i] - actual[i]) * (predicted[i] - actual[i]) / n;
            double p = Math.min(1 - 1e-12, Math.max(1e-12, predicted[i]));
            logLoss -= (actual[i] == 1 ? Math.log(p) : Math.log(1 - p)) / n;
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> predicted[i]));
        List<Bin> bins = new ArrayList<>();
        double ece = 0;
        int bins10 = Math.min(10, n);
        for (int b = 0; b < bins10; b++) {
            int from = b * n / bins10;
            int to = (b + 1) * n / bins10;
            double sumP = 0;
            double sumY = 0;
            for (int k = from; k < to; k++) {
                sumP += predicted[order[k]];
                sumY += actual[order[k]];
            }
            int count = to - from;
            bins.add(new Bin(count, sumP / count, sumY / count));
            ece += Math.abs(sumP - sumY) / n;
        }
        return new Evaluation(n, positives, auc(predicted, actual), brier, logLoss, ece, bins);
    }

    /** The probability that a random positive scores above a random negative, ties counting half. */
    public static double auc(double[] score, int[] actual) {
        int n = score.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> score[i]));
        double rankSumPositives = 0;
        long positives = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && score[order[j + 1]] == score[order[i]]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (actual[order[k]] == 1) {
                    rankSumPositives += rank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = n - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (rankSumPositives - positives * (positives + 1) / 2.0) / (positives * (double) negatives);
    }

    public String summary() {
        return String.format(Locale.ROOT, "n=%d positives=%d AUC=%.3f Brier=%.4f logloss=%.4f ECE=%.4f",
                examples, positives, auc, brier, logLoss, calibrationError);
    }
}
