package dev.leadscope.ml.simulation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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
    /** The column of the true probabilities. */
    public static final String TRUE_PROBABILITY = "p_convert_90d";
    /**
     * The column of the probabilities of an observer who knows the hidden state but not the order of each pricing
     * journey's two pages: the AUC of {@link #TRUE_PROBABILITY} less this one's is what the order adds to the oracle.
     */
    public static final String WITHOUT_ORDER = "p_convert_90d_without_order";

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
        return fromTruthFile(leadProbabilities, from, to, TRUE_PROBABILITY);
    }

    /**
     * As {@link #fromTruthFile(Path, Instant, Instant)} with the probabilities of {@code column}.
     *
     * @throws IllegalArgumentException when the file has no such column (files written before it was added lack
     *                                  {@link #WITHOUT_ORDER})
     */
    public static double fromTruthFile(Path leadProbabilities, Instant from, Instant to, String column) {
        List<double[]> rows = new ArrayList<>();
        CsvRows.forEach(leadProbabilities, row -> {
            String label = row.get("converted_within_90d");
            Instant at = Instant.parse(row.get("scored_at"));
            String p = row.get(column);
            if (label != null && (from == null || !at.isBefore(from)) && (to == null || at.isBefore(to))) {
                if (p == null) {
                    throw new IllegalArgumentException("no " + column + " for lead " + row.get("lead_id") + " at " + at
                            + " in " + leadProbabilities);
                }
                rows.add(new double[] {Double.parseDouble(p), "1".equals(label) ? 1 : 0});
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

    /**
     * {@code OracleAuc <truth/lead_probabilities.csv> [from-instant] [to-instant]} prints the oracle AUC and, when the
     * file has the column, the AUC without the order of the pricing journeys.
     */
    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: OracleAuc <truth/lead_probabilities.csv> [from-instant] [to-instant]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        Instant from = args.length > 1 ? Instant.parse(args[1]) : null;
        Instant to = args.length > 2 ? Instant.parse(args[2]) : null;
        double oracle = fromTruthFile(file, from, to);
        System.out.printf("oracle AUC %.4f%n", oracle);
        if (hasColumn(file, WITHOUT_ORDER)) {
            double withoutOrder = fromTruthFile(file, from, to, WITHOUT_ORDER);
            System.out.printf("oracle AUC without the order of the pricing journeys %.4f (the order adds %.4f)%n",
                    withoutOrder, oracle - withoutOrder);
        }
    }

    private static boolean hasColumn(Path file, String column) {
        try (BufferedReader in = Files.newBufferedReader(file)) {
            String header = in.readLine();
            return header != null && Arrays.asList(header.split(",")).contains(column);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
