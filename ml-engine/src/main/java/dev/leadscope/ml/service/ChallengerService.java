package dev.leadscope.ml.service;

import dev.leadscope.domain.audit.AuditAction;
import dev.leadscope.domain.audit.AuditEntry;
import dev.leadscope.domain.common.Instants;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.monitor.ChallengerDecision;
import dev.leadscope.domain.monitor.ShadowScore;
import dev.leadscope.domain.monitor.Verdict;
import dev.leadscope.domain.port.in.ChallengeModelUseCase;
import dev.leadscope.domain.port.in.ModelNotFoundException;
import dev.leadscope.domain.port.in.TrainModelUseCase;
import dev.leadscope.domain.port.out.AuditLog;
import dev.leadscope.domain.port.out.ChallengerLog;
import dev.leadscope.domain.scoring.ModelInfo;
import dev.leadscope.domain.scoring.ModelVersion;
import dev.leadscope.ml.monitor.ChallengerComparison;
import dev.leadscope.ml.monitor.Populations;
import dev.leadscope.ml.monitor.PromotionPolicy;
import dev.leadscope.ml.registry.SnapshotModel;
import dev.leadscope.ml.snapshot.LeadHistory;
import dev.leadscope.ml.snapshot.TrainingExamples.Example;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Trains challengers on recent history, shadow-scores them on live leads (apart from the leads' own scores) and
 * promotes one only when it beats the active model on outcomes known since it was trained; every step goes to the
 * challenger log and the audit log. Thread-safe.
 */
public final class ChallengerService implements ChallengeModelUseCase {
    private static final String ACTOR = "learning-loop";
    private final StoredData data;
    private final LoadedModels models;
    private final ModelTrainingService trainer;
    private final ChallengerLog log;
    private final AuditLog audit;
    private final Clock clock;
    private final Settings settings;

    /**
     * How challengers are trained and judged.
     *
     * @param windowDays  a challenger learns from the snapshots of these last days only (recent behaviour)
     * @param horizonDays the horizon when no model is active (otherwise the active model's)
     * @param shadowDays  each review shadow-scores the leads live in these last days
     */
    public record Settings(int windowDays, int horizonDays, int shadowDays, long seed, PromotionPolicy policy) {
        public Settings {
            if (windowDays < 14 || horizonDays < 1 || shadowDays < 1) {
                throw new IllegalArgumentException("windowDays must be at least 14, horizonDays and shadowDays at least 1");
            }
            java.util.Objects.requireNonNull(policy, "policy");
        }
    }

    public ChallengerService(StoredData data, LoadedModels models, ModelTrainingService trainer, ChallengerLog log,
                             AuditLog audit, Clock clock, Settings settings) {
        this.data = data;
        this.models = models;
        this.trainer = trainer;
        this.log = log;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public ChallengerDecision train(WorkspaceId workspace, Instant asOf, String why) {
        Instant at = Instants.micros(asOf);
        Optional<ModelVersion> champion = data.registry().active(workspace);
        int horizon = champion.map(v -> models.get(workspace, v).horizonDays()).orElse(settings.horizonDays());
        Instant from = at.minus(Duration.ofDays(settings.windowDays()));
        TrainModelUseCase.TrainingResult r = trainer.train(new TrainModelUseCase.TrainCommand(workspace, horizon, null,
                settings.seed(), false), TrainModelUseCase.Progress.NONE, at, from);
        ModelVersion challenger = r.model().version();
        Map<String, Double> figures = new LinkedHashMap<>(r.model().metrics());
        decide(new ChallengerDecision(workspace, challenger, champion.orElse(null), Verdict.TRAINED, at, clock.instant(), figures,
                why + "; trained on snapshots from " + from + " with outcomes known by " + at));
        return decide(new ChallengerDecision(workspace, challenger, champion.orElse(null), Verdict.SHADOWING, at, clock.instant(),
                Map.of(), "scored in shadow beside the active model until enough outcomes are known"));
    }

    @Override
    public List<ChallengerDecision> review(WorkspaceId workspace, Instant asOf) {
        return review(workspace, Instants.micros(asOf), new HistoryLoader(data).all(workspace, n -> { }));
    }

    /** The same on histories already read (a replay reads them once). */
    List<ChallengerDecision> review(WorkspaceId workspace, Instant asOf, List<LeadHistory> histories) {
        List<ChallengerDecision> made = new ArrayList<>();
        for (ChallengerDecision open : open(workspace)) {
            ModelVersion version = open.challenger();
            SnapshotModel challenger = models.get(workspace, version);
            shadow(workspace, version, challenger, histories, asOf);
            Optional<ModelVersion> active = data.registry().active(workspace);
            if (active.isPresent() && active.get().equals(version)) {
                continue; // activated by hand meanwhile: nothing left to decide
            }
            Instant shadowFrom = ModelMonitoringService.trainedUntil(info(workspace, version));
            ChallengerComparison.Outcome outcome = active.isEmpty()
                    ? new ChallengerComparison.Outcome(Verdict.PROMOTED, Map.of(), "no model was active")
                    : ChallengerComparison.compare(histories, models.get(workspace, active.get()), challenger, shadowFrom, asOf,
                    settings.policy());
            if (outcome.verdict() == null) {
                continue;
            }
            if (outcome.verdict() == Verdict.PROMOTED) {
                data.registry().activate(workspace, version);
                audit.append(AuditEntry.of(workspace, clock.instant(), ACTOR, AuditAction.MODEL_ACTIVATED, version.value(),
                        "challenger promoted: " + outcome.reason()));
            }
            made.add(decide(new ChallengerDecision(workspace, version, active.orElse(null), outcome.verdict(), asOf,
                    clock.instant(), outcome.figures(), outcome.reason())));
        }
        return made;
    }

    @Override
    public List<ChallengerDecision> decisions(WorkspaceId workspace, int limit) {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be between 1 and 1000: " + limit);
        }
        return log.decisions(workspace, limit);
    }

    /** The challengers whose latest decision leaves them waiting. */
    private List<ChallengerDecision> open(WorkspaceId workspace) {
        Map<ModelVersion, ChallengerDecision> latest = new LinkedHashMap<>();
        for (ChallengerDecision d : log.decisions(workspace, 1000)) {
            latest.putIfAbsent(d.challenger(), d);
        }
        return latest.values().stream().filter(d -> d.verdict().open()).toList();
    }

    private void shadow(WorkspaceId workspace, ModelVersion version, SnapshotModel model, List<LeadHistory> histories, Instant asOf) {
        List<Example> live = Populations.live(histories, asOf.minus(Duration.ofDays(settings.shadowDays())), asOf);
        if (live.isEmpty()) {
            return;
        }
        float[] x = model.encode(histories, live);
        double[] p = SnapshotTrainer.probabilities(model, x, live.size());
        List<ShadowScore> scores = new ArrayList<>(live.size());
        for (int i = 0; i < p.length; i++) {
            scores.add(new ShadowScore(workspace, version, histories.get(live.get(i).history()).lead().id(), p[i], asOf));
        }
        log.appendShadow(scores);
    }

    private ModelInfo info(WorkspaceId workspace, ModelVersion version) {
        return data.registry().info(workspace, version).orElseThrow(() -> new ModelNotFoundException(version));
    }

    private ChallengerDecision decide(ChallengerDecision d) {
        log.record(d);
        audit.append(AuditEntry.of(d.workspace(), d.decidedAt(), ACTOR, AuditAction.CHALLENGER_DECIDED, d.challenger().value(),
                trim(d.verdict().wireName() + ": " + d.reason() + " " + figures(d.figures()))));
        return d;
    }

    private static String figures(Map<String, Double> f) {
        StringBuilder b = new StringBuilder();
        f.forEach((k, v) -> b.append(String.format(Locale.ROOT, " %s=%.4f", k, v)));
        return b.toString();
    }

    private static String trim(String s) {
        return s.length() > 2000 ? s.substring(0, 2000) : s;
    }
}
