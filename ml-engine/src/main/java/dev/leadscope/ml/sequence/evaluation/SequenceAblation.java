package dev.leadscope.ml.sequence.evaluation;

import dev.leadscope.ml.calibration.Calibration;
import dev.leadscope.ml.calibration.CalibrationChoice;
import dev.leadscope.ml.evaluation.Metrics;
import dev.leadscope.ml.fit.BoostingParams;
import dev.leadscope.ml.fit.TreeTrainer;
import dev.leadscope.ml.sequence.LstmParams;
import dev.leadscope.ml.sequence.SequenceModel;
import dev.leadscope.ml.sequence.SequenceModelTrainer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Runs the ablation on one time-split dataset: the sequence network is trained out-of-fold on the training
 * examples (folds by case or account), so the tree model sees honest LSTM scores; each tree variant is
 * trained with early stopping on a held-out share of the training groups and calibrated there; everything is
 * scored once on the test examples. Variants: profile only, aggregates only, profile + aggregates (the
 * baseline), LSTM only (the fold networks' mean log-odds), aggregates + LSTM, and the blend of all. Not thread-safe.
 */
public final class SequenceAblation {
    public static final String PROFILE = "profile only";
    public static final String AGGREGATES = "behavioural aggregates only";
    public static final String BASELINE = "profile + aggregates (trees)";
    public static final String LSTM = "LSTM only";
    public static final String AGGREGATES_LSTM = "aggregates + LSTM (trees)";
    public static final String BLEND = "blend: profile + aggregates + LSTM (trees, calibrated)";

    private final LstmParams lstm;
    private final BoostingParams trees;
    private final int folds;
    private final int threads;
    private final Consumer<String> progress;

    public SequenceAblation(LstmParams lstm, BoostingParams trees, int folds, int threads, Consumer<String> progress) {
        if (folds < 2 || folds > 10) {
            throw new IllegalArgumentException("folds must be between 2 and 10: " + folds);
        }
        this.lstm = lstm;
        this.trees = trees;
        this.folds = folds;
        this.threads = threads;
        this.progress = progress;
    }

    public AblationResult run(SequenceDataset data, long seed) {
        List<LabelledSequence> train = data.train();
        List<LabelledSequence> test = data.test();
        Map<String, Integer> fold = assign(train, folds, seed);
        double[] oof = new double[train.size()];
        double[] testLstm = new double[test.size()];
        List<AblationResult.TrainingRun> runs = new ArrayList<>();
        for (int f = 0; f < folds; f++) {
            List<SequenceModelTrainer.Example> fit = new ArrayList<>();
            List<SequenceModelTrainer.Example> stop = new ArrayList<>();
            Map<String, Integer> inner = assign(train, 7, seed + 31L * f);
            for (LabelledSequence s : train) {
                if (fold.get(s.group()) != f) {
                    (inner.get(s.group()) == 0 ? stop : fit).add(example(s));
                }
            }
            progress.accept("sequence network, fold " + (f + 1) + " of " + folds + ": " + fit.size() + " training, " + stop.size() + " early-stopping sequences");
            long started = System.nanoTime();
            SequenceModel model = new SequenceModelTrainer(lstm, progress).train(fit, stop, seed + f);
            double seconds = (System.nanoTime() - started) / 1e9;
            runs.add(new AblationResult.TrainingRun("fold " + (f + 1), fit.size(), model.provenance().epochsRun(),
                    model.provenance().validationAuc(), seconds));
            progress.accept(String.format(java.util.Locale.ROOT, "fold %d trained on %d sequences in %.1f s", f + 1, fit.size(), seconds));
            List<Integer> held = new ArrayList<>();
            for (int i = 0; i < train.size(); i++) {
                if (fold.get(train.get(i).group()) == f) {
                    held.add(i);
                }
            }
            double[] z = score(model, held.stream().map(train::get).toList());
            for (int k = 0; k < held.size(); k++) {
                oof[held.get(k)] = z[k];
            }
            double[] t = score(model, test);
            for (int i = 0; i < t.length; i++) {
                testLstm[i] += t[i] / folds;
            }
        }
        Aggregates aggregates = Aggregates.fit(train, data.aggregateWindows(), 40);
        int p = data.profileColumns().size();
        Map<String, Integer> validGroups = assign(train, 5, seed ^ 0x7EEL);
        List<AblationResult.Variant> variants = new ArrayList<>();
        variants.add(evaluate(PROFILE, trees(PROFILE, train, test, validGroups, aggregates, oof, testLstm, true, false, false, seed, data), test));
        double[] aggregatesOnly = trees(AGGREGATES, train, test, validGroups, aggregates, oof, testLstm, false, true, false, seed, data);
        variants.add(evaluate(AGGREGATES, aggregatesOnly, test));
        double[] baseline = trees(BASELINE, train, test, validGroups, aggregates, oof, testLstm, true, true, false, seed, data);
        variants.add(evaluate(BASELINE, baseline, test));
        variants.add(evaluateRaw(LSTM, testLstm, test));
        double[] aggregatesLstm = trees(AGGREGATES_LSTM, train, test, validGroups, aggregates, oof, testLstm, false, true, true, seed, data);
        variants.add(evaluate(AGGREGATES_LSTM, aggregatesLstm, test));
        double[] blend = trees(BLEND, train, test, validGroups, aggregates, oof, testLstm, true, true, true, seed, data);
        variants.add(evaluate(BLEND, blend, test));
        for (SequenceDataset.ReferenceColumn column : data.referenceColumns()) {
            String name = "aggregates + " + column.name() + " (reference: not observable)";
            double[] withColumn = trees(name, train, test, validGroups, aggregates, column.train(), column.test(), false, true, true, seed, data);
            variants.add(evaluate(name, withColumn, test));
            double[] over = PairedBootstrap.aucDifference(withColumn, aggregatesOnly, test, 200, seed);
            progress.accept(String.format(java.util.Locale.ROOT, "%s minus aggregates only: %+.4f (%+.4f .. %+.4f)", name, over[0], over[1], over[2]));
        }
        data.references().forEach((name, probabilities) -> variants.add(evaluate(name, probabilities, test)));
        double[] gain = PairedBootstrap.aucDifference(blend, baseline, test, 200, seed);
        double[] overAggregates = PairedBootstrap.aucDifference(aggregatesLstm, aggregatesOnly, test, 200, seed);
        SortedMap<Integer, int[]> slices = new TreeMap<>();
        for (LabelledSequence s : test) {
            int[] c = slices.computeIfAbsent(s.slice(), k -> new int[2]);
            c[0]++;
            c[1] += s.label();
        }
        progress.accept("profile columns: " + p + ", aggregate columns: " + aggregates.width());
        return new AblationResult(data.name(), data.sliceName(), slices, variants, runs, gain, overAggregates);
    }

    private double[] trees(String name, List<LabelledSequence> train, List<LabelledSequence> test,
                                         Map<String, Integer> validGroups, Aggregates aggregates, double[] oof, double[] testLstm,
                                         boolean profile, boolean aggr, boolean seq, long seed, SequenceDataset data) {
        int width = (profile ? data.profileColumns().size() : 0) + (aggr ? aggregates.width() : 0) + (seq ? 1 : 0);
        List<Integer> fitRows = new ArrayList<>();
        List<Integer> validRows = new ArrayList<>();
        for (int i = 0; i < train.size(); i++) {
            (validGroups.get(train.get(i).group()) == 0 ? validRows : fitRows).add(i);
        }
        float[] xFit = matrix(train, fitRows, width, aggregates, oof, profile, aggr, seq);
        float[] xValid = matrix(train, validRows, width, aggregates, oof, profile, aggr, seq);
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < test.size(); i++) {
            all.add(i);
        }
        float[] xTest = matrix(test, all, width, aggregates, testLstm, profile, aggr, seq);
        int[] yFit = labels(train, fitRows);
        int[] yValid = labels(train, validRows);
        TreeTrainer.Trained t = new TreeTrainer(trees, threads).train(xFit, yFit, xValid, yValid, width, seed);
        double[] validMargins = t.model().margins(xValid, validRows.size());
        Calibration calibration = CalibrationChoice.choose(validMargins, yValid, 5, seed).chosen();
        double[] margins = t.model().margins(xTest, test.size());
        double[] prob = new double[margins.length];
        for (int i = 0; i < prob.length; i++) {
            prob[i] = calibration.apply(margins[i]);
        }
        int[] y = labels(test, all);
        progress.accept(String.format(java.util.Locale.ROOT, "%s: %d trees, %d features, test AUC %.4f", name, t.rounds(), width,
                Metrics.rocAuc(prob, y)));
        return prob;
    }

    private static AblationResult.Variant evaluate(String name, double[] prob, List<LabelledSequence> test) {
        int[] y = labels(test, java.util.stream.IntStream.range(0, test.size()).boxed().toList());
        return evaluate(name, prob, test, Metrics.logLoss(prob, y), Metrics.brier(prob, y));
    }

    private static AblationResult.Variant evaluateRaw(String name, double[] score, List<LabelledSequence> test) {
        return evaluate(name, score, test, Double.NaN, Double.NaN);
    }

    private static AblationResult.Variant evaluate(String name, double[] score, List<LabelledSequence> test, double logLoss, double brier) {
        int[] y = new int[test.size()];
        Map<Integer, List<Integer>> bySlice = new TreeMap<>();
        for (int i = 0; i < y.length; i++) {
            y[i] = test.get(i).label();
            bySlice.computeIfAbsent(test.get(i).slice(), k -> new ArrayList<>()).add(i);
        }
        Map<Integer, Double> slices = new LinkedHashMap<>();
        bySlice.forEach((slice, rows) -> {
            double[] s = new double[rows.size()];
            int[] l = new int[rows.size()];
            for (int k = 0; k < s.length; k++) {
                s[k] = score[rows.get(k)];
                l[k] = y[rows.get(k)];
            }
            slices.put(slice, Metrics.rocAuc(s, l));
        });
        return new AblationResult.Variant(name, Metrics.rocAuc(score, y), slices, logLoss, brier);
    }

    private static float[] matrix(List<LabelledSequence> rows, List<Integer> which, int width, Aggregates aggregates, double[] lstm,
                                  boolean profile, boolean aggr, boolean seq) {
        float[] x = new float[which.size() * width];
        for (int r = 0; r < which.size(); r++) {
            LabelledSequence s = rows.get(which.get(r));
            int o = r * width;
            if (profile) {
                System.arraycopy(s.profile(), 0, x, o, s.profile().length);
                o += s.profile().length;
            }
            if (aggr) {
                aggregates.row(s.events(), s.at(), x, o);
                o += aggregates.width();
            }
            if (seq) {
                x[o] = (float) lstm[which.get(r)];
            }
        }
        return x;
    }

    private static int[] labels(List<LabelledSequence> rows, List<Integer> which) {
        int[] y = new int[which.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = rows.get(which.get(i)).label();
        }
        return y;
    }

    private static double[] score(SequenceModel model, List<LabelledSequence> rows) {
        List<List<dev.leadscope.ml.sequence.SequenceEvent>> events = new ArrayList<>(rows.size());
        List<java.time.Instant> at = new ArrayList<>(rows.size());
        for (LabelledSequence s : rows) {
            events.add(s.events());
            at.add(s.at());
        }
        return model.logits(events, at);
    }

    private static SequenceModelTrainer.Example example(LabelledSequence s) {
        return new SequenceModelTrainer.Example(s.events(), s.at(), s.label() == 1);
    }

    /** A seeded random part in [0, parts) for every group, the same for all examples of the group. */
    static Map<String, Integer> assign(List<LabelledSequence> rows, int parts, long seed) {
        Map<String, Integer> part = new HashMap<>();
        Random random = new Random(seed);
        for (LabelledSequence s : rows) {
            part.computeIfAbsent(s.group(), g -> random.nextInt(parts));
        }
        return part;
    }
}
