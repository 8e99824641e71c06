package dev.leadscope.ml.simulation;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * ROC AUC of the simulator's true probabilities: the best any model can reach on the same rows. Use it to
 * see how close a trained model comes to the ceiling on the same time split.
 */
public final class OracleAuc {
    private OracleAuc() {
    }

    /**
     * The ROC AUC of {@code scores} against {@code labels} (Mann-Whitney, ties count one half).
     *
     * @throws IllegalArgumentException when the arrays differ in length or hold only one class
     */
    public static double auc(double[] scores, boolean[] labels) {
        if (scores.length != labels.length) {
            throw new IllegalArgumentException("scores and labels differ in length: " + scores.length + " vs " + labels.length);
        }
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
        double rankSumPositives = 0;
        long positives = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j < order.length && scores[order[j]] == scores[order[i]]) {
                j++;
            }
            double averageRank = (i + 1 + j) / 2.0;
            for (int k = i; k < j; k++) {
                if (labels[order[k]]) {
                    rankSumPositives += averageRank;
                    positives++;
                }
            }
            i = j;
        }
        long negatives = scores.length - positives;
        if (positives == 0 || negatives == 0) {
            throw new IllegalArgumentException("AUC needs both classes: " + positives + " positives, " + negatives + " negatives");
        }
        return (rankSumPositives - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    /**
     * The oracle AUC over the rows of truth/lead_probabilities.csv scored in {@code [from, to)} (either may be
     * null) whose label is known.
     */
    public static double fromTruthFile(Path leadProbabilities, Instant from, Instant to) {
        List<double[]> rows = new ArrayList<>();
        CsvRows.forEach(leadProbabilities, row -> {
            String label = row.get("converted_within_90d");
            Instant at = Instant.parse(row.get("scored_at"));
            if (label != null && (from == null || !at.isBefore(from)) && (to == null || at.isBefore(to))) {
                rows.add(new double[] {Double.parseDouble(row.get("p_convert_90d")), "1".equals(label) ? 1 : 0});
            }
        });
        double[] scores = new double[rows.size()];
        boolean[] labels = new boolean[rows.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = rows.get(i)[0];
            labels[i] = rows.get(i)[1] == 1;
        }
        return auc(scores, labels);
    }

    /** {@code OracleAuc <truth/lead_probabilities.csv> [from-instant] [to-instant]} prints the oracle AUC. */
    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: OracleAuc <truth/lead_probabilities.csv> [from-instant] [to-instant]");
            System.exit(2);
        }
        Instant from = args.length > 1 ? Instant.parse(args[1]) : null;
        Instant to = args.length > 2 ? Instant.parse(args[2]) : null;
        System.out.printf("oracle AUC %.4f%n", fromTruthFile(Path.of(args[0]), from, to));
    }
}
