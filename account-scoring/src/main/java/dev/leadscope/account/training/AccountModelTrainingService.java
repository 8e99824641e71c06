package dev.leadscope.account.training;

import dev.leadscope.account.AccountScorer;
import dev.leadscope.account.AccountScoringSettings;
import dev.leadscope.account.probability.AccountModelCodec;
import dev.leadscope.account.probability.AccountModelTrainer;
import dev.leadscope.account.probability.AccountModelTrainer.Example;
import dev.leadscope.account.probability.AccountModelTrainer.Trained;
import dev.leadscope.account.probability.AccountSnapshot;
import dev.leadscope.account.probability.Evaluation;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.port.in.InsufficientTrainingDataException;
import dev.leadscope.domain.port.in.ScoreLeadUseCase;
import dev.leadscope.domain.port.in.TrainAccountModelUseCase;
import dev.leadscope.domain.port.out.AccountModelRegistry;
import dev.leadscope.domain.port.out.Accounts;
import dev.leadscope.domain.port.out.ActivityEvents;
import dev.leadscope.domain.port.out.LeadScores;
import dev.leadscope.domain.port.out.Leads;
import dev.leadscope.domain.port.out.Outcomes;
import dev.leadscope.domain.scoring.ModelArtifact;
import dev.leadscope.domain.scoring.ModelInfo;
import dev.leadscope.domain.scoring.ModelVersion;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Trains, evaluates and stores the account model of a workspace from its stored history (see
 * {@link TrainAccountModelUseCase}); {@link AccountModelTrainer} chooses between the learned and the combined model.
 * Calls {@code onActivated} with the workspace after activating, so that scorers reload at once. Thread-safe.
 */
public final class AccountModelTrainingService implements TrainAccountModelUseCase {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

    private final StoredAccountHistory history;
    private final AccountModelRegistry registry;
    private final AccountModelTrainer.Settings settings;
    private final Clock clock;
    private final Consumer<WorkspaceId> onActivated;
    private final ScoreLeadUseCase pointInTime;

    public AccountModelTrainingService(Leads leads, Accounts accounts, ActivityEvents events, LeadScores scores, Outcomes outcomes,
                                       AccountModelRegistry registry, AccountScoringSettings scoring,
                                       AccountModelTrainer.Settings settings, Clock clock, Consumer<WorkspaceId> onActivated) {
        this(leads, accounts, events, scores, outcomes, registry, scoring, settings, clock, onActivated, null);
    }

    /** @param pointInTime scores members as of a past moment when a command asks to recompute; null refuses such commands */
    public AccountModelTrainingService(Leads leads, Accounts accounts, ActivityEvents events, LeadScores scores, Outcomes outcomes,
                                       AccountModelRegistry registry, AccountScoringSettings scoring,
                                       AccountModelTrainer.Settings settings, Clock clock, Consumer<WorkspaceId> onActivated,
                                       ScoreLeadUseCase pointInTime) {
        this.pointInTime = pointInTime;
        this.history = new StoredAccountHistory(leads, accounts, events, scores, outcomes, new AccountScorer(scoring));
        this.registry = Objects.requireNonNull(registry, "registry");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.onActivated = onActivated == null ? w -> { } : onActivated;
    }

    @Override
    public Result train(Command command, Progress progress) {
        Progress p = progress == null ? Progress.NONE : progress;
        Instant now = clock.instant();
        if (command.recomputeMemberScores() && pointInTime == null) {
            throw new IllegalArgumentException("recomputeMemberScores needs a lead scorer, and none is configured");
        }
        p.step("reading stored history", 0);
        List<Example> examples = history.examples(command.workspace(), Duration.ofDays(command.horizonDays()),
                Duration.ofDays(command.cadenceDays()), now, command.recomputeMemberScores() ? pointInTime : null, p, 0.7);
        int converted = (int) examples.stream().filter(Example::converted).count();
        int notConverted = examples.size() - converted;
        int negativesNeeded = settings.minExamplesToCalibrate() - settings.minPositivesToCalibrate();
        if (converted < settings.minPositivesToCalibrate() || notConverted < negativesNeeded) {
            throw new InsufficientTrainingDataException(settings.minPositivesToCalibrate(), converted, negativesNeeded, notConverted);
        }
        p.step("training on " + examples.size() + " account snapshots", 0.75);
        Trained trained = new AccountModelTrainer(settings).train(examples);
        String method = trained.model().method().name().toLowerCase(Locale.ROOT);
        ModelVersion version = new ModelVersion("acct-" + STAMP.format(now) + "-" + Fingerprints.of(examples).substring(0, 8));
        ModelInfo info = new ModelInfo(command.workspace(), version, now, Fingerprints.schema(),
                provenance(command, trained, method, examples, converted), metrics(trained));
        int withScores = (int) examples.stream().filter(e -> !e.snapshot().memberProbabilities().isEmpty()).count();
        String report = AccountModelReport.markdown(version, method, trained, examples.size(), converted, withScores, command);
        p.step("storing " + version, 0.95);
        registry.save(new ModelArtifact(info, AccountModelCodec.write(trained.model()), report));
        if (command.activate()) {
            registry.activate(command.workspace(), version);
            onActivated.accept(command.workspace());
        }
        p.step("done", 1);
        return new Result(info, method, trained.why(), examples.size(), converted, command.activate(), report);
    }

    private Map<String, String> provenance(Command command, Trained trained, String method, List<Example> examples, int converted) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("kind", "account");
        out.put("method", method);
        out.put("why", trained.why());
        out.put("format", AccountModelCodec.FORMAT);
        out.put("features", String.join(",", AccountSnapshot.FEATURES));
        out.put("snapshots", Integer.toString(examples.size()));
        out.put("converted", Integer.toString(converted));
        out.put("snapshots_with_member_scores", Long.toString(examples.stream()
                .filter(e -> !e.snapshot().memberProbabilities().isEmpty()).count()));
        out.put("horizon_days", Integer.toString(command.horizonDays()));
        out.put("cadence_days", Integer.toString(command.cadenceDays()));
        out.put("member_scores", command.recomputeMemberScores()
                ? "stored history, else recomputed as of each snapshot with the active lead model" : "stored history");
        out.put("first_snapshot", examples.get(0).snapshot().asOf().toString());
        out.put("last_snapshot", examples.get(examples.size() - 1).snapshot().asOf().toString());
        out.put("holdout_share", Double.toString(settings.holdoutShare()));
        out.put("l2", Double.toString(settings.l2()));
        out.put("min_to_learn", settings.minExamplesToLearn() + " snapshots, " + settings.minPositivesToLearn() + " converted");
        out.put("min_to_calibrate", settings.minExamplesToCalibrate() + " snapshots, " + settings.minPositivesToCalibrate() + " converted");
        out.put("data_fingerprint", Fingerprints.of(examples));
        out.put("java", System.getProperty("java.version", "unknown"));
        return out;
    }

    private static Map<String, Double> metrics(Trained trained) {
        Map<String, Double> out = new LinkedHashMap<>();
        put(out, "", trained.holdout());
        put(out, "best_member_", trained.bestMemberHoldout());
        put(out, "combined_", trained.combinedHoldout());
        return out;
    }

    private static void put(Map<String, Double> out, String prefix, Evaluation e) {
        if (e == null) {
            return;
        }
        out.put(prefix + "auc", e.auc());
        out.put(prefix + "brier", e.brier());
        out.put(prefix + "log_loss", e.logLoss());
        out.put(prefix + "ece", e.calibrationError());
        if (prefix.isEmpty()) {
            out.put("holdout_snapshots", (double) e.examples());
            out.put("holdout_converted", (double) e.positives());
        }
    }
}
