package dev.leadscope.ml.service;

import dev.leadscope.domain.privacy.SensitiveAttributes;
import dev.leadscope.domain.port.in.InsufficientTrainingDataException;
import dev.leadscope.domain.port.in.TrainModelUseCase;
import dev.leadscope.domain.port.out.ActiveModelChanges;
import dev.leadscope.domain.scoring.ModelArtifact;
import dev.leadscope.domain.scoring.ModelInfo;
import dev.leadscope.domain.scoring.ModelVersion;
import dev.leadscope.ml.artifact.ModelArtifacts;
import dev.leadscope.ml.evaluation.GroundTruth;
import dev.leadscope.ml.fit.BoostingParams;
import dev.leadscope.ml.registry.SnapshotModel;
import dev.leadscope.ml.sequence.SequenceModelTrainer;
import dev.leadscope.ml.sequence.column.SequenceColumnTrainer;
import dev.leadscope.ml.sequence.column.SequenceTraining;
import dev.leadscope.ml.snapshot.FeedbackLabels;
import dev.leadscope.ml.snapshot.LeadHistory;
import dev.leadscope.ml.snapshot.SnapshotFeatures;
import dev.leadscope.ml.snapshot.SnapshotSpec;
import dev.leadscope.ml.snapshot.TrainingExamples;
import dev.leadscope.ml.snapshot.TrainingExamples.Example;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Trains the conversion model on a workspace's stored history: weekly point-in-time snapshots of every lead,
 * evaluated on a later slice of time (or, for a back-test, on the leads created from a date on) by a model
 * trained only on what was known before it; then the stored model is retrained on every labelled snapshot and
 * saved in the registry with its provenance and held-out metrics. Thread-safe.
 */
public final class ModelTrainingService implements TrainModelUseCase {
    static final int MAX_EVENT_KEYS = 40;
    static final int MIN_EVENT_KEY_COUNT = 20;
    private static final DateTimeFormatter VERSION_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmssSSS").withZone(ZoneOffset.UTC);

    private final StoredData data;
    private final ActiveModelChanges activated;
    private final Clock clock;
    private final SensitiveAttributes sensitive;
    private final BoostingParams params;
    private final SnapshotTrainer trainer;
    private final FeedbackLearning feedback;
    private final SequenceTraining sequence;

    public ModelTrainingService(StoredData data, Clock clock, BoostingParams params, int threads) {
        this(data, clock, params, threads, SensitiveAttributes.NONE);
    }

    /** Training that never makes features of the {@code sensitive} custom attributes. */
    public ModelTrainingService(StoredData data, Clock clock, BoostingParams params, int threads, SensitiveAttributes sensitive) {
        this(data, clock, params, threads, sensitive, null, ActiveModelChanges.NONE);
    }

    /** Training that also learns from reps' feedback as weighted labels ({@code feedback} null: it does not). */
    public ModelTrainingService(StoredData data, Clock clock, BoostingParams params, int threads, SensitiveAttributes sensitive,
                                FeedbackLearning feedback) {
        this(data, clock, params, threads, sensitive, feedback, ActiveModelChanges.NONE);
    }

    /** @param activated hears an activation made by training with {@code activate} once it is committed */
    public ModelTrainingService(StoredData data, Clock clock, BoostingParams params, int threads, SensitiveAttributes sensitive,
                                ActiveModelChanges activated) {
        this(data, clock, params, threads, sensitive, null, activated);
    }

    /**
     * Training of the trees alone unless a command asks for the LSTM column ({@link SequenceTraining#OFF} as default).
     *
     * @param feedback  reps' feedback learned as weighted labels (null: it is not)
     * @param activated hears an activation made by training with {@code activate} once it is committed
     */
    public ModelTrainingService(StoredData data, Clock clock, BoostingParams params, int threads, SensitiveAttributes sensitive,
                                FeedbackLearning feedback, ActiveModelChanges activated) {
        this(data, clock, params, threads, sensitive, feedback, activated, SequenceTraining.OFF);
    }

    /**
     * @param feedback  reps' feedback learned as weighted labels (null: it is not)
     * @param activated hears an activation made by training with {@code activate} once it is committed
     * @param sequence  how the LSTM column is trained, and whether it is when a command does not say
     */
    public ModelTrainingService(StoredData data, Clock clock, BoostingParams params, int threads, SensitiveAttributes sensitive,
                                FeedbackLearning feedback, ActiveModelChanges activated, SequenceTraining sequence) {
        this.sequence = sequence;
        this.feedback = feedback;
        this.activated = activated;
        this.data = data;
        this.clock = clock;
        this.params = params;
        this.trainer = new SnapshotTrainer(params, threads);
        this.sensitive = sensitive;
    }

    @Override
    public TrainingResult train(TrainCommand command, Progress progress) {
        return train(command, progress, null, null);
    }

    /**
     * Trains on what was known at {@code knownUntil} (null: everything stored): leads created before it, labels
     * matured by then; and, when {@code examplesFrom} is set, only on snapshots from then on (recent behaviour).
     */
    public TrainingResult train(TrainCommand command, Progress progress, Instant knownUntil, Instant examplesFrom) {
        int h = command.horizonDays();
        progress.step("reading stored history", 0.0);
        PhaseClock phase = new PhaseClock();
        List<LeadHistory> histories = new HistoryLoader(data).all(command.workspace(),
                n -> progress.step("read " + n + " leads", 0.05));
        if (knownUntil != null) {
            histories = histories.stream().filter(x -> x.lead().createdAt().isBefore(knownUntil)).toList();
        }
        progress.step("read the history of " + histories.size() + " leads in " + phase.lap(), 0.1);
        if (histories.isEmpty()) {
            throw new InsufficientTrainingDataException(SnapshotTrainer.MIN_PER_CLASS, 0, SnapshotTrainer.MIN_PER_CLASS, 0);
        }
        Instant observedUntil = knownUntil != null ? knownUntil
                : histories.stream().map(LeadHistory::lastKnown).max(Instant::compareTo).orElseThrow();
        SnapshotFeatures features = new SnapshotFeatures(SnapshotSpec.learn(histories, MAX_EVENT_KEYS, MIN_EVENT_KEY_COUNT).without(sensitive));
        List<Example> all = TrainingExamples.of(histories, h, observedUntil);
        if (examplesFrom != null) {
            all = all.stream().filter(e -> !e.at().isBefore(examplesFrom)).toList();
        }
        SnapshotTrainer.requireEnough(all);
        Split split = command.createdBefore() != null ? backTest(histories, all, h, command.createdBefore())
                : examplesFrom != null ? accountSplit(histories, all, examplesFrom) : timeSplit(histories, all, h);
        String splitWarning = null;
        if (command.createdBefore() == null && examplesFrom == null && !SnapshotTrainer.enough(split.train)) {
            splitWarning = "the labelled snapshots span too little time for a time-ordered hold-out against a " + h
                    + "-day horizon (" + split.train.size() + " snapshots were labelled by " + split.evaluatedFrom
                    + "); held out one account in five instead, so the metrics do not show how the model ages";
            split = accountSplit(histories, all, observedUntil, "labelled snapshots up to " + observedUntil
                    + " (too short a span for a time-ordered hold-out), one account in five held out");
        }
        FeedbackLabels.Result fromFeedback = null;
        if (feedback != null) {
            // held-out labels stay the observed ones; training sees only the feedback given before its own cut
            List<Example> evalTrain = feedback.apply(command.workspace(), histories, split.train, split.evaluatedFrom).examples();
            split = new Split(evalTrain, split.test, split.describe, split.evaluatedFrom);
            fromFeedback = feedback.apply(command.workspace(), histories, all, observedUntil);
            all = fromFeedback.examples();
        }
        List<String> warnings = new ArrayList<>();
        if (splitWarning != null) {
            warnings.add(splitWarning);
        }
        progress.step("chose " + all.size() + " labelled snapshots in " + phase.lap(), 0.15);
        progress.step("training on " + split.train.size() + " snapshots to evaluate on " + split.test.size(), 0.2);
        SequenceTraining seq = command.sequenceModel() == null ? sequence : sequence.withChoice(command.sequenceModel());
        SnapshotTrainer.Trained evaluated = trainer.train(features, histories, split.train, h, command.seed(), seq,
                m -> progress.step("[evaluation model] " + m, 0.3));
        SnapshotModel candidate = evaluated.model();
        progress.step("trained the evaluation model in " + phase.lap() + "; evaluating", 0.5);
        HeldOutEvaluation.Result evaluation = null;
        int testPos = SnapshotTrainer.positives(split.test);
        if (testPos == 0 || testPos == split.test.size()) {
            warnings.add(HeldOutWarnings.noMetrics(histories, split.test.size(), split.evaluatedFrom, testPos, observedUntil,
                    command.createdBefore() == null));
        } else {
            GroundTruth truth = command.groundTruth() == null ? null : GroundTruth.read(command.groundTruth());
            evaluation = HeldOutEvaluation.run(candidate, histories, split.train, split.test, truth, command.seed());
        }
        SnapshotTrainer.Quality quality = evaluation == null ? null : evaluation.model();
        progress.step("evaluated in " + phase.lap() + "; training the model to store on all " + all.size() + " snapshots", 0.6);
        SequenceTraining storedSeq = SnapshotTrainer.forStoredModel(seq, evaluated.sequence());
        SnapshotTrainer.Trained stored = trainer.train(features, histories, all, h, command.seed(), storedSeq,
                m -> progress.step("[model to store] " + m, 0.8));
        if (storedSeq != seq) {
            stored = new SnapshotTrainer.Trained(stored.model(), SnapshotTrainer.followingEvaluation(stored.sequence(), evaluated.sequence()));
        }
        SnapshotModel model = stored.model();
        progress.step("trained the model to store in " + phase.lap() + "; storing", 0.95);
        Instant now = clock.instant();
        String fingerprint = fingerprint(histories, all, observedUntil);
        ModelVersion version = new ModelVersion("m-" + VERSION_TIME.format(now) + "-" + fingerprint.substring(0, 6));
        Map<String, Double> metrics = new LinkedHashMap<>();
        if (quality != null) {
            metrics.put("rocAuc", quality.rocAuc());
            metrics.put("prAuc", quality.prAuc());
            metrics.put("logLoss", quality.logLoss());
            metrics.put("brier", quality.brier());
            metrics.put("calibrationError", quality.ece());
        }
        if (evaluation != null && evaluation.logistic() != null) {
            metrics.put("logisticRocAuc", evaluation.logistic().rocAuc());
            metrics.put("logisticCalibrationError", evaluation.logistic().ece());
        }
        if (evaluation != null && evaluation.oracle() != null) {
            metrics.put("oracleRocAuc", evaluation.oracle().oracleAuc());
            metrics.put("modelRocAucOnOracleRows", evaluation.oracle().modelAuc());
            metrics.put("oracleMatchedRows", (double) evaluation.oracle().matched());
        }
        metrics.put("trainingRows", (double) all.size());
        if (fromFeedback != null) {
            metrics.put("labelsFromFeedback", (double) fromFeedback.fromFeedback());
            metrics.put("feedbackOverridingOutcomes", (double) fromFeedback.overridingOutcomes());
        }
        metrics.put("evaluationRows", (double) split.test.size());
        metrics.put("sequenceColumn", model.sequence() == null ? 0.0 : 1.0);
        if (!Double.isNaN(stored.sequence().validationAucWith())) {
            metrics.put("validationRocAucWithSequence", stored.sequence().validationAucWith());
        }
        if (!Double.isNaN(stored.sequence().validationAucWithout())) {
            metrics.put("validationRocAucWithoutSequence", stored.sequence().validationAucWithout());
        }
        Map<String, String> provenance = provenance(command, fingerprint, observedUntil, split, model, examplesFrom);
        sequenceProvenance(provenance, stored.sequence(), evaluated.sequence());
        ModelInfo info = new ModelInfo(command.workspace(), version, now, model.schemaHash(), provenance, metrics);
        String report = TrainingReport.markdown(info, split.describe, split.train.size(), split.test.size(), testPos,
                evaluation, warnings, model);
        report += TrainingReport.sequence(evaluated.sequence(), stored.sequence(), model);
        if (fromFeedback != null) {
            report += feedbackSection(fromFeedback);
        }
        data.registry().save(new ModelArtifact(info, model.toBytes(), report));
        if (fromFeedback != null) {
            feedback.audit(command.workspace(), now, version, fromFeedback);
        }
        if (command.activate()) {
            data.registry().activate(command.workspace(), version);
            activated.activeModelChanged(command.workspace(), version);
        }
        progress.step("stored in " + phase.lap() + "; total " + phase.total(), 0.99);
        progress.step("done", 1.0);
        int positives = SnapshotTrainer.positives(all);
        return new TrainingResult(info, command.activate(), all.size(), split.test.size(), positives, all.size() - positives,
                warnings, report);
    }

    private String feedbackSection(FeedbackLabels.Result r) {
        return "\n## Feedback\n\nlabels from feedback: " + r.fromFeedback() + ", overriding outcomes: " + r.overridingOutcomes()
                + " (" + r.changes().size() + " leads; weight " + feedback.policy().weight() + ", feedback "
                + (feedback.policy().overrideOutcomes() ? "may override" : "never overrides") + " a matured outcome)\n";
    }

    /** Training and held-out snapshots, and how they were chosen. */
    private record Split(List<Example> train, List<Example> test, String describe, Instant evaluatedFrom) {
    }

    /** Holds out the last fifth of the time line; trains on what was labelled by the start of it. */
    private static Split timeSplit(List<LeadHistory> histories, List<Example> all, int h) {
        List<Instant> times = all.stream().map(Example::at).sorted().toList();
        Instant cut = times.get((int) (times.size() * 0.8));
        List<Example> train = TrainingExamples.of(histories, h, cut);
        List<Example> test = all.stream().filter(e -> !e.at().isBefore(cut)).toList();
        return new Split(train, test, "time-ordered: trained on what was known before " + cut
                + ", evaluated on snapshots from then on", cut);
    }

    /**
     * For a short recent window (too short to hold out later weeks with matured labels): holds out the snapshots of
     * one account in five (by a hash of its id), trains on the others.
     */
    private static Split accountSplit(List<LeadHistory> histories, List<Example> all, Instant examplesFrom) {
        return accountSplit(histories, all, examplesFrom, "recent window: snapshots from " + examplesFrom + ", one account in five held out");
    }

    private static Split accountSplit(List<LeadHistory> histories, List<Example> all, Instant cut, String describe) {
        List<Example> train = new ArrayList<>();
        List<Example> test = new ArrayList<>();
        for (Example e : all) {
            LeadHistory x = histories.get(e.history());
            String group = x.lead().account().map(a -> a.value()).orElse(x.lead().id().value());
            (Math.floorMod(Hashes.sha256(group).hashCode(), 5) == 0 ? test : train).add(e);
        }
        return new Split(train, test, describe, cut);
    }

    /** Trains on leads created before {@code date} with what was known then; evaluates on the leads created later. */
    private static Split backTest(List<LeadHistory> histories, List<Example> all, int h, Instant date) {
        List<Example> train = TrainingExamples.of(histories, h, date).stream()
                .filter(e -> histories.get(e.history()).lead().createdAt().isBefore(date)).toList();
        List<Example> test = all.stream().filter(e -> !histories.get(e.history()).lead().createdAt().isBefore(date)).toList();
        return new Split(train, test, "back-test: trained on leads created before " + date
                + " with what was known then, evaluated on leads created from then on", date);
    }

    private Map<String, String> provenance(TrainCommand c, String fingerprint, Instant observedUntil, Split split,
                                           SnapshotModel model, Instant examplesFrom) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("dataFingerprint", fingerprint);
        p.put("observedUntil", observedUntil.toString());
        p.put("horizonDays", Integer.toString(c.horizonDays()));
        p.put("seed", Long.toString(c.seed()));
        if (examplesFrom != null) {
            p.put("examplesFrom", examplesFrom.toString());
        }
        p.put("split", split.describe);
        p.put("evaluatedFrom", split.evaluatedFrom.toString());
        p.put("hyperparameters", params.toString());
        p.put("treeRounds", Integer.toString(model.trees().rounds()));
        p.put("calibration", model.calibration().name());
        p.put("snapshotFormat", Integer.toString(model.spec().format()));
        p.put("features", Integer.toString(model.schema().width()));
        p.put("library.xgboost4j", ModelArtifacts.treeLibraryVersion());
        if (model.sequence() != null) {
            p.put("library.deeplearning4j", SequenceModelTrainer.libraryVersion());
        }
        p.put("java", System.getProperty("java.version"));
        return p;
    }

    /** The LSTM column's decision, validation AUCs and fold networks, for the stored model and the evaluation model. */
    private static void sequenceProvenance(Map<String, String> p, SnapshotTrainer.SequenceOutcome stored,
                                           SnapshotTrainer.SequenceOutcome evaluated) {
        p.put("sequenceModel", stored.decision());
        p.put("sequenceModel.evaluationModel", evaluated.decision());
        List<SequenceColumnTrainer.Run> runs = stored.runs();
        for (int k = 0; k < runs.size(); k++) {
            p.put("sequenceModel.fold" + (k + 1), runs.get(k).describe());
        }
        if (!runs.isEmpty()) {
            p.put("sequenceModel.seconds", String.format(java.util.Locale.ROOT, "%.1f", stored.seconds()));
        }
    }

    /** A digest of which leads, examples and labels the model learned from. */
    private static String fingerprint(List<LeadHistory> histories, List<Example> examples, Instant observedUntil) {
        StringBuilder b = new StringBuilder(observedUntil.toString());
        for (Example e : examples) {
            LeadHistory h = histories.get(e.history());
            b.append('|').append(h.lead().id().value()).append('@').append(e.at().getEpochSecond()).append('=').append(e.label())
                    .append('/').append(h.events().size());
        }
        return Hashes.sha256(b.toString());
    }
}
