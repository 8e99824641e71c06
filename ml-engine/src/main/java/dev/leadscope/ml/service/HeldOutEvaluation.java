package dev.leadscope.ml.service;

import dev.leadscope.ml.baseline.LogisticRegression;
import dev.leadscope.ml.evaluation.GroundTruth;
import dev.leadscope.ml.evaluation.Metrics;
import dev.leadscope.ml.evaluation.OracleComparison;
import dev.leadscope.ml.registry.SnapshotModel;
import dev.leadscope.ml.snapshot.LeadHistory;
import dev.leadscope.ml.snapshot.SnapshotTable;
import dev.leadscope.ml.snapshot.TrainingExamples.Example;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Measures a candidate model on held-out snapshots, beside a plain logistic regression trained on the same
 * training snapshots and encoded features, and, when a ground-truth file is given, beside the true probabilities
 * on the same snapshots and labels. Stateless.
 */
final class HeldOutEvaluation {
    /** The logistic regression sees at most this many training snapshots (Newton steps cost rows x features^2). */
    static final int MAX_LOGISTIC_ROWS = 40_000;
    /** At most this many held-out snapshots are scored (drawn uniformly); every comparison uses the same ones. */
    static final int MAX_HELD_OUT = 200_000;

    /** What the held-out snapshots say about the model; {@code logistic} and {@code oracle} may be null. */
    record Result(SnapshotTrainer.Quality model, SnapshotTrainer.Quality logistic, OracleComparison oracle) {
    }

    private HeldOutEvaluation() {
    }

    static Result run(SnapshotModel model, List<LeadHistory> histories, List<Example> train, List<Example> heldOut,
                      GroundTruth truth, long seed) {
        List<Example> test = sample(heldOut, MAX_HELD_OUT, seed + 1);
        float[] xTest = model.encode(histories, test);
        int[] yTest = SnapshotTrainer.labels(test);
        double[] p = SnapshotTrainer.probabilities(model, xTest, test.size());
        SnapshotTrainer.Quality quality = quality(p, yTest);
        SnapshotTrainer.Quality logistic = null;
        List<Example> lrRows = sample(train, MAX_LOGISTIC_ROWS, seed);
        int lrPositives = SnapshotTrainer.positives(lrRows);
        if (lrPositives > 0 && lrPositives < lrRows.size()) {
            float[] xTrain = SnapshotTable.encode(model.schema(), model.features(), histories, lrRows);
            LogisticRegression lr = LogisticRegression.fit(xTrain, SnapshotTrainer.labels(lrRows), model.schema().width(),
                    LogisticRegression.DEFAULT_L2);
            float[] xTestFeatures = model.sequence() == null ? xTest
                    : SnapshotTable.encode(model.schema(), model.features(), histories, test);
            logistic = quality(lr.predict(xTestFeatures), yTest);
        }
        OracleComparison oracle = null;
        if (truth != null) {
            List<String> leads = new ArrayList<>(test.size());
            List<Instant> times = new ArrayList<>(test.size());
            for (Example e : test) {
                leads.add(histories.get(e.history()).lead().id().value());
                times.add(e.at());
            }
            oracle = OracleComparison.of(truth, leads, times, yTest, p);
        }
        return new Result(quality, logistic, oracle);
    }

    static SnapshotTrainer.Quality quality(double[] p, int[] y) {
        int pos = 0;
        for (int v : y) {
            pos += v;
        }
        return new SnapshotTrainer.Quality(y.length, pos, Metrics.rocAuc(p, y), Metrics.prAuc(p, y), Metrics.logLoss(p, y),
                Metrics.brier(p, y), Metrics.expectedCalibrationError(Metrics.reliability(p, y, 10)));
    }

    /** At most {@code max} of the examples, drawn uniformly with the seed, in their original order. */
    static List<Example> sample(List<Example> examples, int max, long seed) {
        if (examples.size() <= max) {
            return examples;
        }
        SplittableRandom rng = new SplittableRandom(seed);
        List<Example> out = new ArrayList<>(max);
        int need = max;
        for (int i = 0; i < examples.size() && need > 0; i++) {
            if (rng.nextInt(examples.size() - i) < need) {
                out.add(examples.get(i));
                need--;
            }
        }
        return out;
    }
}
