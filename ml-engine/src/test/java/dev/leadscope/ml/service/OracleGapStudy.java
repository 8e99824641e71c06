package dev.leadscope.ml.service;

import dev.leadscope.ml.calibration.CalibrationChoice;
import dev.leadscope.ml.evaluation.GroundTruth;
import dev.leadscope.ml.evaluation.Metrics;
import dev.leadscope.ml.feature.FeatureOptions;
import dev.leadscope.ml.feature.FeaturePipeline;
import dev.leadscope.ml.fit.BoostingParams;
import dev.leadscope.ml.fit.TreeTrainer;
import dev.leadscope.ml.simulation.CsvRows;
import dev.leadscope.ml.snapshot.LeadHistory;
import dev.leadscope.ml.snapshot.SnapshotFeatures;
import dev.leadscope.ml.snapshot.SnapshotSpec;
import dev.leadscope.ml.snapshot.TrainingExamples;
import dev.leadscope.ml.snapshot.TrainingExamples.Example;
import dev.leadscope.ml.tabular.ColumnType;
import dev.leadscope.ml.tabular.Table;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.IntStream;

/**
 * Decomposes the gap between the snapshot model and the oracle on the split {@code OracleGapTest} uses (1,500 simulated
 * accounts, seed 3): the same trees with the simulator's hidden state added as test-only columns (the learnable
 * ceiling), with candidate observable columns added one at a time, and with the best stage estimate the weekly
 * signals allow ({@link OracleGapStageFilter}, variant {@code stage_filter}). The hidden state never reaches the product:
 * it is read here from the ground-truth files. {@code OracleGapStudyTest} runs it; {@code main(accounts, variant,...)} too.
 */
final class OracleGapStudy {
    private static final int H = 90;

    /** Extra columns computed from a history at a moment. */
    record Extra(String name, List<String> columns, BiFunction<LeadHistory, Instant, double[]> values) {
    }

    public static void main(String[] args) {
        int accounts = args.length > 0 ? Integer.parseInt(args[0]) : 1500;
        Set<String> only = args.length > 1 ? Set.of(args[1].split(",")) : null;
        long[] seeds = java.util.Arrays.stream(System.getProperty("study.seeds", "7").split(",")).mapToLong(Long::parseLong).toArray();
        run(accounts, only, seeds);
    }

    /** Trains every variant named in {@code only} (null: all) with each seed, printing one line per fit. */
    static Map<String, List<Result>> run(int accounts, Set<String> only, long[] seeds) {
        SimulatedWorkspace sim = SimulatedWorkspace.of(accounts, 3);
        List<LeadHistory> histories = new HistoryLoader(sim.data).all(SimulatedWorkspace.WS, n -> { });
        Instant observedUntil = histories.stream().map(LeadHistory::lastKnown).max(Instant::compareTo).orElseThrow();
        SnapshotSpec learned = SnapshotSpec.learn(histories, 40, 20);
        SnapshotFeatures features = new SnapshotFeatures(new SnapshotSpec(Integer.getInteger("study.format", SnapshotSpec.FORMAT),
                learned.eventKeys(), learned.leadAttributes(), learned.accountAttributes()));
        List<Example> all = TrainingExamples.of(histories, H, observedUntil);
        List<Instant> times = all.stream().map(Example::at).sorted().toList();
        Instant cut = times.get((int) (times.size() * 0.8));
        List<Example> train = TrainingExamples.of(histories, H, cut);
        List<Example> test = served(histories, all.stream().filter(e -> !e.at().isBefore(cut)).toList(),
                Duration.ofHours(Long.getLong("study.serveShiftHours", 0L)), observedUntil);
        GroundTruth truth = GroundTruth.read(sim.truth);
        Path truthDir = sim.truth.getParent();
        Map<String, byte[]> stages = stages(truthDir.resolve("account_states.csv"));
        Instant origin = LocalDate.of(2024, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        System.out.printf(Locale.ROOT, "cut %s, train %d, test %d (%d converted)%n", cut, train.size(), test.size(),
                SnapshotTrainer.positives(test));

        Map<String, Extra> variants = new LinkedHashMap<>();
        variants.put("baseline", null);
        variants.put("state", new Extra("state", List.of("truth.stage"), (h, t) -> new double[] {stage(stages, origin, h, t)}));
        variants.put("oracle", new Extra("oracle", List.of("truth.logit"), (h, t) -> {
            GroundTruth.Point p = truth.at(h.lead().id().value(), t);
            return new double[] {p == null ? Double.NaN : Math.log((p.probability() + 1e-6) / (1 - p.probability() + 1e-6))};
        }));
        OracleGapCandidates.add(variants);
        OracleGapStageFilter filter = OracleGapStageFilter.fit(histories, stages, origin, cut);
        System.out.println("stage filter on the held-out snapshots, rows the true stage, columns the most likely one: "
                + java.util.Arrays.deepToString(filter.confusion(histories, test, (h, t) -> stage(stages, origin, h, t))));
        variants.put("stage_filter", new Extra("stage_filter", List.of("filter.nim", "filter.res", "filter.eval", "filter.dec"), filter::at));

        Table base = table(features, histories, sort(train));
        Table testTable = table(features, histories, test);
        Map<String, List<Result>> out = new LinkedHashMap<>();
        for (Map.Entry<String, Extra> v : variants.entrySet()) {
            if (only != null && !only.contains(v.getKey())) {
                continue;
            }
            for (long seed : seeds) {
                long started = System.nanoTime();
                Result r = run(v.getValue(), features, histories, sort(train), base, test, testTable, truth, seed);
                out.computeIfAbsent(v.getKey(), k -> new ArrayList<>()).add(r);
                System.out.printf(Locale.ROOT, "%-22s seed %d trees %.4f  raw %.4f  ece %.4f  oracle %.4f  gap %.4f  rounds %d  %s  (%.0f s)%n",
                        v.getKey(), seed, r.auc, r.rawAuc, r.ece, r.oracle, r.oracle - r.auc, r.rounds, r.calibration,
                        (System.nanoTime() - started) / 1e9);
            }
        }
        return out;
    }

    record Result(double auc, double rawAuc, double ece, double oracle, int rounds, String calibration) {
    }

    /**
     * The held-out snapshots moved {@code shift} later, as serving scores a lead at any moment and not only at Monday
     * 00:00, each labelled again for its new moment (won within the horizon after it); a lead whose outcome came
     * before the new moment, or whose horizon now runs past the data, is left out. The oracle is then the true
     * probability of the Monday before.
     */
    static List<Example> served(List<LeadHistory> histories, List<Example> test, Duration shift, Instant observedUntil) {
        if (shift.isZero()) {
            return test;
        }
        List<Example> out = new ArrayList<>();
        for (Example e : test) {
            Instant t = e.at().plus(shift);
            var outcome = histories.get(e.history()).firstOutcome();
            if (outcome.isPresent() && !outcome.get().occurredAt().isAfter(t) || t.plus(Duration.ofDays(H)).isAfter(observedUntil)) {
                continue;
            }
            boolean won = outcome.isPresent() && outcome.get().kind().converted()
                    && !outcome.get().occurredAt().isAfter(t.plus(Duration.ofDays(H)));
            out.add(new Example(e.history(), t, won ? 1 : 0));
        }
        return out;
    }

    private static Instant mondayOf(Instant t) {
        LocalDate day = LocalDate.ofInstant(t, ZoneOffset.UTC);
        return day.minusDays(day.getDayOfWeek().getValue() - 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static List<Example> sort(List<Example> examples) {
        List<Example> ordered = new ArrayList<>(examples);
        ordered.sort(Comparator.comparing(Example::at).thenComparingInt(Example::history));
        return ordered;
    }

    /** The steps of {@code SnapshotTrainer.train} with the extra columns appended to every row. */
    private static Result run(Extra extra, SnapshotFeatures features, List<LeadHistory> histories, List<Example> ordered,
                              Table base, List<Example> test, Table testTable, GroundTruth truth, long seed) {
        BoostingParams d = BoostingParams.DEFAULTS;
        BoostingParams params = new BoostingParams(Integer.getInteger("study.depth", d.maxDepth()), d.eta(), d.subsample(),
                Double.parseDouble(System.getProperty("study.colsample", "" + d.colsampleByTree())),
                Double.parseDouble(System.getProperty("study.mcw", "" + d.minChildWeight())), d.lambda(), d.maxRounds(),
                d.earlyStoppingRounds(), d.validationFraction(), d.weightClasses());
        ValidationFold fold = ValidationFold.of(ordered, SnapshotTrainer.accountGroups(histories, ordered),
                params.validationFraction(), seed);
        Map<Example, Integer> position = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            position.put(ordered.get(i), i);
        }
        Table all = withExtra(base, extra, histories, ordered);
        Table fitTable = all.select(fold.fit().stream().mapToInt(position::get).toArray());
        Table validTable = all.select(fold.valid().stream().mapToInt(position::get).toArray());
        int[] yFit = SnapshotTrainer.labels(fold.fit());
        FeaturePipeline.Fitted fitted = FeaturePipeline.fit(fitTable, yFit, Set.of(), FeatureOptions.DEFAULTS, seed,
                SnapshotTrainer.accountGroups(histories, fold.fit()));
        float[] xValid = fitted.schema().encode(validTable);
        int[] yValid = SnapshotTrainer.labels(fold.valid());
        TreeTrainer.Trained trained = new TreeTrainer(params, 2).train(fitted.matrix(), yFit, SnapshotTrainer.perLead(fold.fit()),
                xValid, yValid, SnapshotTrainer.perLead(fold.valid()), fitted.schema().width(), seed);
        double[] validMargins = trained.model().margins(xValid, yValid.length);
        // as the trainer does (every validation row), unless only the latest share is asked for
        double recent = Double.parseDouble(System.getProperty("study.calibrateRecent", "1"));
        int from = (int) Math.floor(validMargins.length * (1 - recent));
        CalibrationChoice calibration = CalibrationChoice.choose(java.util.Arrays.copyOfRange(validMargins, from, validMargins.length),
                java.util.Arrays.copyOfRange(yValid, from, yValid.length), 5, seed);
        float[] xTest = fitted.schema().encode(withExtra(testTable, extra, histories, test));
        double[] margins = trained.model().margins(xTest, test.size());
        double[] p = new double[margins.length];
        double[] oracle = new double[margins.length];
        int[] y = SnapshotTrainer.labels(test);
        for (int i = 0; i < p.length; i++) {
            p[i] = calibration.chosen().apply(margins[i]);
            Example e = test.get(i);
            oracle[i] = truth.at(histories.get(e.history()).lead().id().value(), mondayOf(e.at())).probability();
        }
        return new Result(Metrics.rocAuc(p, y), Metrics.rocAuc(margins, y), Metrics.expectedCalibrationError(Metrics.reliability(p, y, 10)),
                Metrics.rocAuc(oracle, y), trained.rounds(), calibration.chosen().name());
    }

    private static Table table(SnapshotFeatures features, List<LeadHistory> histories, List<Example> examples) {
        String[][] rows = new String[examples.size()][];
        IntStream.range(0, rows.length).parallel().forEach(i ->
                rows[i] = features.row(histories.get(examples.get(i).history()), examples.get(i).at()));
        return Table.typed(features.columns().names(), java.util.Arrays.asList(rows), lines(rows.length), features.columns().types());
    }

    private static Table withExtra(Table base, Extra extra, List<LeadHistory> histories, List<Example> examples) {
        if (extra == null) {
            return base;
        }
        List<String> names = new ArrayList<>(base.columns());
        names.addAll(extra.columns());
        List<ColumnType> types = new ArrayList<>();
        for (int c = 0; c < base.columns().size(); c++) {
            types.add(base.type(c));
        }
        extra.columns().forEach(c -> types.add(ColumnType.NUMBER));
        int width = base.columns().size();
        String[][] rows = new String[examples.size()][];
        IntStream.range(0, rows.length).parallel().forEach(i -> {
            String[] row = new String[width + extra.columns().size()];
            for (int c = 0; c < width; c++) {
                row[c] = base.cell(i, c);
            }
            double[] v = extra.values().apply(histories.get(examples.get(i).history()), examples.get(i).at());
            for (int k = 0; k < v.length; k++) {
                row[width + k] = Double.isNaN(v[k]) ? null : Double.toString(v[k]);
            }
            rows[i] = row;
        });
        return Table.typed(names, java.util.Arrays.asList(rows), lines(rows.length), types);
    }

    private static int[] lines(int n) {
        int[] lines = new int[n];
        for (int i = 0; i < n; i++) {
            lines[i] = i + 1;
        }
        return lines;
    }

    /** The stage of every account per week (the stage after that week's moves, i.e. at the start of the next week). */
    private static Map<String, byte[]> stages(Path file) {
        Map<String, List<String>> byAccount = new HashMap<>();
        CsvRows.forEach(file, r -> byAccount.computeIfAbsent(r.get("account_id"), k -> new ArrayList<>()).add(r.get("state")));
        List<String> names = List.of("NOT_IN_MARKET", "RESEARCHING", "EVALUATING", "DECIDING", "BOUGHT", "LOST");
        Map<String, byte[]> out = new HashMap<>();
        byAccount.forEach((a, list) -> {
            byte[] s = new byte[list.size()];
            for (int i = 0; i < s.length; i++) {
                s[i] = (byte) names.indexOf(list.get(i));
            }
            out.put(a, s);
        });
        return out;
    }

    /** The hidden stage at the snapshot moment {@code t} (a Monday): the stage the week before ended in. */
    private static double stage(Map<String, byte[]> stages, Instant origin, LeadHistory h, Instant t) {
        if (h.account() == null) {
            return Double.NaN;
        }
        byte[] s = stages.get(h.account().id().value());
        int week = (int) (Duration.between(origin, t).toDays() / 7) - 1;
        return s == null || week < 0 || week >= s.length ? Double.NaN : s[week];
    }
}
