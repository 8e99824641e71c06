package dev.leadscope.ml.service;

import dev.leadscope.domain.port.in.InsufficientTrainingDataException;
import dev.leadscope.ml.calibration.CalibrationChoice;
import dev.leadscope.ml.feature.FeatureOptions;
import dev.leadscope.ml.feature.FeaturePipeline;
import dev.leadscope.ml.fit.BoostingParams;
import dev.leadscope.ml.fit.TreeTrainer;
import dev.leadscope.ml.registry.SnapshotModel;
import dev.leadscope.ml.snapshot.LeadHistory;
import dev.leadscope.ml.snapshot.SnapshotFeatures;
import dev.leadscope.ml.snapshot.SnapshotTable;
import dev.leadscope.ml.snapshot.TrainingExamples.Example;
import dev.leadscope.ml.tabular.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fits a {@link SnapshotModel} on labelled snapshots with the ML core: the feature pipeline and the trees fitted on
 * the snapshots of most accounts, the trees stopped early on the recent snapshots of the accounts held out
 * ({@link ValidationFold}), and the calibration chosen on those same rows. Stateless; thread-safe.
 */
final class SnapshotTrainer {
    static final int MIN_PER_CLASS = 40;
    /**
     * A model learns from at most this many snapshots, drawn uniformly: a lead's weekly snapshots are much alike, so
     * thinning them costs little accuracy and keeps memory and time bounded on large workspaces.
     */
    static final int MAX_SNAPSHOTS = 150_000;
    private final BoostingParams params;
    private final int threads;

    SnapshotTrainer(BoostingParams params, int threads) {
        this.params = params;
        this.threads = threads;
    }

    /** Held-out quality of a model. */
    record Quality(int rows, int positives, double rocAuc, double prAuc, double logLoss, double brier, double ece) {
    }

    /**
     * Trains on {@code examples}.
     *
     * @throws InsufficientTrainingDataException when either class has fewer than 40 examples
     */
    SnapshotModel train(SnapshotFeatures features, List<LeadHistory> histories, List<Example> examples, int horizonDays,
                        long seed) {
        requireEnough(examples);
        List<Example> ordered = new ArrayList<>(HeldOutEvaluation.sample(examples, MAX_SNAPSHOTS, seed));
        ordered.sort(Comparator.comparing(Example::at).thenComparingInt(Example::history));
        ValidationFold fold = ValidationFold.of(ordered, accountGroups(histories, ordered), params.validationFraction(), seed);
        List<Example> fitPart = fold.fit();
        List<Example> validPart = fold.valid();
        Table fitTable = SnapshotTable.of(features, histories, fitPart);
        int[] yFit = labels(fitPart);
        FeaturePipeline.Fitted fitted = FeaturePipeline.fit(fitTable, yFit, Set.of(), FeatureOptions.DEFAULTS, seed,
                accountGroups(histories, fitPart));
        float[] xValid = SnapshotTable.encode(fitted.schema(), features, histories, validPart);
        int[] yValid = labels(validPart);
        TreeTrainer.Trained trained = new TreeTrainer(params, threads)
                .train(fitted.matrix(), yFit, perLead(fitPart), xValid, yValid, perLead(validPart), fitted.schema().width(), seed);
        double[] margins = trained.model().margins(xValid, yValid.length);
        CalibrationChoice calibration = CalibrationChoice.choose(margins, yValid, 5, seed);
        return new SnapshotModel(features.spec(), fitted.schema(), trained.model(), calibration.chosen(), horizonDays);
    }

    /** Calibrated probabilities of {@code rows} encoded rows, in order. */
    static double[] probabilities(SnapshotModel model, float[] x, int rows) {
        double[] margins = model.trees().margins(x, rows);
        double[] p = new double[margins.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = model.calibration().apply(margins[i]);
        }
        return p;
    }

    /** A group number per example: one per account (its leads share the outcome), or per lead without one. */
    static int[] accountGroups(List<LeadHistory> histories, List<Example> examples) {
        Map<Object, Integer> ids = new HashMap<>();
        int[] groups = new int[examples.size()];
        for (int i = 0; i < groups.length; i++) {
            LeadHistory h = histories.get(examples.get(i).history());
            Object key = h.lead().account().<Object>map(a -> a).orElse(h.lead().id());
            groups[i] = ids.computeIfAbsent(key, k -> ids.size());
        }
        return groups;
    }

    static void requireEnough(List<Example> examples) {
        int pos = positives(examples);
        int neg = examples.size() - pos;
        if (pos < MIN_PER_CLASS || neg < MIN_PER_CLASS) {
            throw new InsufficientTrainingDataException(MIN_PER_CLASS, pos, MIN_PER_CLASS, neg);
        }
    }

    static int positives(List<Example> examples) {
        int n = 0;
        for (Example e : examples) {
            n += e.label();
        }
        return n;
    }

    /**
     * The examples' weights divided among each lead's snapshots, so that every lead counts once however many weeks it
     * stayed open, scaled to a mean of 1. Without it the leads open longest (mostly ones that never convert) fill
     * the training rows with near-copies of themselves, and the trees spend their splits on those leads.
     */
    static float[] perLead(List<Example> examples) {
        Map<Integer, Integer> snapshots = new HashMap<>();
        for (Example e : examples) {
            snapshots.merge(e.history(), 1, Integer::sum);
        }
        float[] w = new float[examples.size()];
        double sum = 0;
        for (int i = 0; i < w.length; i++) {
            Example e = examples.get(i);
            w[i] = (float) (e.weight() / snapshots.get(e.history()));
            sum += w[i];
        }
        float scale = (float) (w.length / sum);
        for (int i = 0; i < w.length; i++) {
            w[i] *= scale;
        }
        return w;
    }

    static int[] labels(List<Example> examples) {
        int[] y = new int[examples.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = examples.get(i).label();
        }
        return y;
    }
}
