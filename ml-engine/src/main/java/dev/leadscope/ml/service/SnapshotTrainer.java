package dev.leadscope.ml.service;

import dev.leadscope.domain.port.in.InsufficientTrainingDataException;
import dev.leadscope.domain.port.in.TrainModelUseCase.SequenceModelChoice;
import dev.leadscope.ml.calibration.CalibrationChoice;
import dev.leadscope.ml.evaluation.Metrics;
import dev.leadscope.ml.feature.FeatureSchema;
import dev.leadscope.ml.feature.FeatureOptions;
import dev.leadscope.ml.feature.FeaturePipeline;
import dev.leadscope.ml.fit.BoostingParams;
import dev.leadscope.ml.fit.TreeTrainer;
import dev.leadscope.ml.registry.SnapshotModel;
import dev.leadscope.ml.sequence.SequenceEvent;
import dev.leadscope.ml.sequence.column.SequenceColumn;
import dev.leadscope.ml.sequence.column.SequenceColumnTrainer;
import dev.leadscope.ml.sequence.column.SequenceTraining;
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
import java.util.function.Consumer;
import java.time.Instant;

/**
 * Fits a {@link SnapshotModel} on labelled snapshots with the ML core: the feature pipeline and the trees fitted on
 * the snapshots of most accounts, the trees stopped early on the recent snapshots of the accounts held out
 * ({@link ValidationFold}), and the calibration chosen on those same rows. With the LSTM column, the fold networks
 * are cross-fitted on the fit snapshots ({@link SequenceColumnTrainer}), the trees are fitted with and without the
 * column, and the column is kept when asked to or when it earns its place on the validation rows. Stateless;
 * thread-safe.
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
     * What training did with the LSTM column: the decision in words, whether the stored model reads it, the unweighted
     * validation ROC AUC of the trees with and without it (NaN when the networks were not trained) and the networks' runs.
     */
    record SequenceOutcome(SequenceModelChoice choice, String decision, boolean kept, double validationAucWith,
                           double validationAucWithout, List<SequenceColumnTrainer.Run> runs, double seconds) {
        static SequenceOutcome notTrained(SequenceModelChoice choice, String why, double aucWithout) {
            return new SequenceOutcome(choice, why, false, Double.NaN, aucWithout, List.of(), 0);
        }
    }

    /**
     * How the model to store treats the LSTM column: with {@code auto}, as the evaluation model decided when that one
     * trained the networks and compared (kept: {@code on}; left out: {@code off}, the networks not trained again), so
     * the held-out figures of the report describe a model of the same kind as the one stored; otherwise as requested.
     */
    static SequenceTraining forStoredModel(SequenceTraining requested, SequenceOutcome evaluation) {
        if (requested.choice() != SequenceModelChoice.AUTO || Double.isNaN(evaluation.validationAucWith())) {
            return requested;
        }
        return requested.withChoice(evaluation.kept() ? SequenceModelChoice.ON : SequenceModelChoice.OFF);
    }

    /** The stored model's outcome under {@code auto} told as the evaluation model's decision, which it followed. */
    static SequenceOutcome followingEvaluation(SequenceOutcome stored, SequenceOutcome evaluation) {
        String because = String.format(java.util.Locale.ROOT, "auto: %s, as the evaluation model decided (%+.4f validation ROC AUC"
                + " there); ", evaluation.kept() ? "kept" : "left out", evaluation.validationAucWith() - evaluation.validationAucWithout());
        String rest = evaluation.kept() ? stored.decision() : "the networks were not trained again";
        return new SequenceOutcome(SequenceModelChoice.AUTO, because + rest, stored.kept(), stored.validationAucWith(),
                stored.validationAucWithout(), stored.runs(), stored.seconds());
    }

    /** A model and what was done with the LSTM column. */
    record Trained(SnapshotModel model, SequenceOutcome sequence) {
    }

    /**
     * Trains the trees alone on {@code examples}.
     *
     * @throws InsufficientTrainingDataException when either class has fewer than 40 examples
     */
    SnapshotModel train(SnapshotFeatures features, List<LeadHistory> histories, List<Example> examples, int horizonDays,
                        long seed) {
        return train(features, histories, examples, horizonDays, seed, SequenceTraining.OFF, m -> { }).model();
    }

    /**
     * Trains on {@code examples}, with the LSTM column as {@code sequence} says ({@link SequenceTraining#choice()}).
     *
     * @throws InsufficientTrainingDataException when either class has fewer than 40 examples
     */
    Trained train(SnapshotFeatures features, List<LeadHistory> histories, List<Example> examples, int horizonDays,
                  long seed, SequenceTraining sequence, Consumer<String> progress) {
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
        fitTable = null;
        FeatureSchema schema = fitted.schema();
        float[] xFit = fitted.matrix();
        fitted = null;
        float[] xValid = SnapshotTable.encode(schema, features, histories, validPart);
        int[] yValid = labels(validPart);
        int width = schema.width();
        TreeTrainer.Trained trained = new TreeTrainer(params, threads)
                .train(xFit, yFit, perLead(fitPart), xValid, yValid, perLead(validPart), width, seed);
        double[] margins = trained.model().margins(xValid, yValid.length);
        CalibrationChoice calibration = CalibrationChoice.choose(margins, yValid, 5, seed);
        SnapshotModel alone = new SnapshotModel(features.spec(), schema, trained.model(), calibration.chosen(), horizonDays);
        SequenceModelChoice choice = sequence.choice();
        if (choice == SequenceModelChoice.OFF) {
            return new Trained(alone, SequenceOutcome.notTrained(choice, "off: the LSTM column was not trained", Double.NaN));
        }
        double aucWithout = Metrics.rocAuc(margins, yValid);
        SequenceColumnTrainer.Rows fitRows = sequenceRows(histories, fitPart);
        int withEvents = fitRows.withEvents();
        if (choice == SequenceModelChoice.AUTO && withEvents < sequence.minSnapshots()) {
            return new Trained(alone, SequenceOutcome.notTrained(choice, "auto: not trained, " + withEvents
                    + " fitted snapshots have events and at least " + sequence.minSnapshots() + " are needed", aucWithout));
        }
        long started = System.nanoTime();
        SequenceColumnTrainer.Fitted column;
        try {
            column = new SequenceColumnTrainer(sequence, progress).train(fitRows, sequenceRows(histories, validPart), seed);
        } catch (IllegalArgumentException e) {
            return new Trained(alone, SequenceOutcome.notTrained(choice, choice.wire() + ": the LSTM column could not be trained ("
                    + e.getMessage() + "); the model is the trees alone", aucWithout));
        }
        float[] xFitSeq = SnapshotModel.withColumn(xFit, fitPart.size(), width, column.fit());
        xFit = null;
        float[] xValidSeq = SnapshotModel.withColumn(xValid, validPart.size(), width, column.valid());
        TreeTrainer.Trained withSeq = new TreeTrainer(params, threads)
                .train(xFitSeq, yFit, perLead(fitPart), xValidSeq, yValid, perLead(validPart), width + 1, seed);
        double[] marginsSeq = withSeq.model().margins(xValidSeq, yValid.length);
        double aucWith = Metrics.rocAuc(marginsSeq, yValid);
        double seconds = (System.nanoTime() - started) / 1e9;
        boolean keep = choice == SequenceModelChoice.ON || aucWith - aucWithout >= sequence.keepMargin();
        String decision = String.format(java.util.Locale.ROOT, "%s: %s; validation ROC AUC %.4f with the LSTM column, %.4f without"
                        + " (%+.4f; auto keeps it from %+.4f)", choice.wire(), keep ? "kept" : "left out", aucWith, aucWithout,
                aucWith - aucWithout, sequence.keepMargin());
        progress.accept(decision);
        SequenceOutcome outcome = new SequenceOutcome(choice, decision, keep, aucWith, aucWithout, column.runs(), seconds);
        if (!keep) {
            return new Trained(alone, outcome);
        }
        CalibrationChoice calibrationSeq = CalibrationChoice.choose(marginsSeq, yValid, 5, seed);
        return new Trained(new SnapshotModel(features.spec(), schema, withSeq.model(), calibrationSeq.chosen(), horizonDays,
                column.column()), outcome);
    }

    /** The examples as the sequence networks read them: the lead's own events, the moment, the label and the account group. */
    static SequenceColumnTrainer.Rows sequenceRows(List<LeadHistory> histories, List<Example> examples) {
        Map<Integer, List<SequenceEvent>> byHistory = new HashMap<>();
        List<List<SequenceEvent>> events = new ArrayList<>(examples.size());
        List<Instant> at = new ArrayList<>(examples.size());
        for (Example e : examples) {
            events.add(byHistory.computeIfAbsent(e.history(), h -> SequenceColumn.events(histories.get(h))));
            at.add(e.at());
        }
        return new SequenceColumnTrainer.Rows(events, at, labels(examples), accountGroups(histories, examples));
    }

    /** Calibrated probabilities of {@code rows} rows encoded as the model's trees read them ({@link SnapshotModel#encode}), in order. */
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

    /** Whether the examples hold at least {@link #MIN_PER_CLASS} of each outcome. */
    static boolean enough(List<Example> examples) {
        int pos = positives(examples);
        return pos >= MIN_PER_CLASS && examples.size() - pos >= MIN_PER_CLASS;
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
