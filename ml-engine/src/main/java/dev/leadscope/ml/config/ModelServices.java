package dev.leadscope.ml.config;

import dev.leadscope.domain.port.in.BlindScoringUseCase;
import dev.leadscope.domain.port.in.ChallengeModelUseCase;
import dev.leadscope.domain.port.in.EvaluateDriftUseCase;
import dev.leadscope.domain.port.in.ManageModelsUseCase;
import dev.leadscope.domain.port.in.MonitorModelUseCase;
import dev.leadscope.domain.port.in.ScoreLeadUseCase;
import dev.leadscope.domain.port.in.ScoreReasonsUseCase;
import dev.leadscope.domain.port.out.Accounts;
import dev.leadscope.domain.port.out.AuditLog;
import dev.leadscope.domain.port.out.ActiveModelChanges;
import dev.leadscope.domain.port.out.ActivityEvents;
import dev.leadscope.domain.port.out.AuditLog;
import dev.leadscope.domain.port.out.ChallengerLog;
import dev.leadscope.domain.port.out.IntentSignals;
import dev.leadscope.domain.port.out.LeadScores;
import dev.leadscope.domain.port.out.Leads;
import dev.leadscope.domain.port.out.ModelHealthLog;
import dev.leadscope.domain.port.out.ModelRegistry;
import dev.leadscope.domain.port.out.Notes;
import dev.leadscope.domain.port.out.Notifications;
import dev.leadscope.domain.port.out.Outcomes;
import dev.leadscope.domain.port.out.RepFeedbacks;
import dev.leadscope.domain.port.out.StageTimes;
import dev.leadscope.domain.privacy.SensitiveAttributes;
import dev.leadscope.domain.rescoring.IntentMemo;
import dev.leadscope.domain.rescoring.MembersMemo;
import dev.leadscope.domain.port.in.TrainModelUseCase;
import dev.leadscope.ml.fit.BoostingParams;
import dev.leadscope.ml.sequence.LstmParams;
import dev.leadscope.ml.sequence.column.SequenceTraining;
import dev.leadscope.ml.snapshot.FeedbackLabels;
import dev.leadscope.ml.service.FeedbackLearning;
import dev.leadscope.ml.service.ActiveVersions;
import dev.leadscope.ml.service.HistoryParts;
import dev.leadscope.ml.monitor.MonitorSettings;
import dev.leadscope.ml.monitor.PromotionPolicy;
import dev.leadscope.ml.service.ChallengerService;
import dev.leadscope.ml.service.DriftEvaluation;
import dev.leadscope.ml.service.LeadScoringService;
import dev.leadscope.ml.service.LoadedModels;
import dev.leadscope.ml.service.ModelManagementService;
import dev.leadscope.ml.service.ModelMonitoringService;
import dev.leadscope.ml.service.ModelTrainingService;
import dev.leadscope.ml.service.ScoreReasonsService;
import dev.leadscope.ml.service.StoredData;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Makes the model services beans on whichever adapters implement the outbound ports, so the application reaches
 * training, scoring and model management through the domain's use cases only.
 */
@Factory
public class ModelServices {

    @Singleton
    StoredData storedData(Leads leads, Accounts accounts, ActivityEvents events, Notes notes, Outcomes outcomes,
                          IntentSignals intent, LeadScores scores, ModelRegistry registry, @Nullable IntentMemo batchIntent,
                          @Nullable MembersMemo batchMembers) {
        // a rescoring batch reads each account's intent and members once for the histories, qualification and accounts
        return new StoredData(batchMembers == null ? leads : batchMembers, accounts, events, notes, outcomes,
                batchIntent == null ? intent : batchIntent, scores, registry);
    }

    /**
     * One cache of loaded models, shared by scoring and management so an activation check warms the scorer; the active
     * version is kept {@code leadscope.cache.active-model-seconds} (0: asked of the database every time); the LSTM states
     * of at most {@code leadscope.cache.sequence-state-leads} leads per workspace are kept.
     */
    @Singleton
    LoadedModels loadedModels(ModelRegistry registry, @Value("${leadscope.cache.active-model-seconds:5}") int seconds,
                              @Value("${leadscope.cache.sequence-state-leads:20000}") int stateLeads) {
        if (seconds < 0) {
            throw new IllegalArgumentException("leadscope.cache.active-model-seconds must be >= 0: " + seconds);
        }
        if (stateLeads < 1) {
            throw new IllegalArgumentException("leadscope.cache.sequence-state-leads must be >= 1: " + stateLeads);
        }
        return new LoadedModels(registry, seconds == 0 ? ActiveVersions.uncached(registry)
                : new CachedActiveVersions(registry, Duration.ofSeconds(seconds)), stateLeads);
    }

    /** Every listener to active-model changes, after the loaded models forgot the old active version. */
    private static ActiveModelChanges changes(LoadedModels models, List<ActiveModelChanges> listeners) {
        return (workspace, active) -> {
            models.activeChanged(workspace);
            for (ActiveModelChanges l : listeners) {
                l.activeModelChanged(workspace, active);
            }
        };
    }

    /**
     * Training; {@code leadscope.training.threads} sets the threads the tree library uses (0, the default: one per
     * core); {@code leadscope.privacy.sensitive-attributes} names custom attributes never used as features.
     */
    @Singleton
    ModelTrainingService trainModel(StoredData data, Clock clock, @Value("${leadscope.training.threads:0}") int threads,
                                 @Value("${leadscope.privacy.sensitive-attributes:}") List<String> sensitive,
                                 FeedbackLearningSettings feedback, RepFeedbacks feedbacks, AuditLog audit,
                                 LoadedModels models, List<ActiveModelChanges> listeners, SequenceTraining sequence) {
        if (threads < 0) {
            throw new IllegalArgumentException("leadscope.training.threads must be 0 (one per core) or more: " + threads);
        }
        int used = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
        return new ModelTrainingService(data, clock, BoostingParams.DEFAULTS, used, SensitiveAttributes.of(sensitive),
                feedback.enabled() ? new FeedbackLearning(feedbacks, audit, feedback.policy()) : null,
                changes(models, listeners), sequence);
    }

    /**
     * How training treats the LSTM column: {@code leadscope.training.sequence-model} (auto, on or off; default auto)
     * when a request does not say, and {@code leadscope.training.sequence.*} (defaults in application.yml).
     */
    @Singleton
    SequenceTraining sequenceTraining(@Value("${leadscope.training.sequence-model:auto}") String choice,
                                      @Value("${leadscope.training.sequence.min-snapshots:5000}") int minSnapshots,
                                      @Value("${leadscope.training.sequence.keep-margin:0.005}") double keepMargin,
                                      @Value("${leadscope.training.sequence.max-sequences:4000}") int maxSequences,
                                      @Value("${leadscope.training.sequence.max-stopping:1000}") int maxStopping,
                                      @Value("${leadscope.training.sequence.max-epochs:8}") int maxEpochs,
                                      @Value("${leadscope.training.sequence.window:100}") int window) {
        LstmParams params = SequenceTraining.DEFAULTS.params().withMaxEpochs(maxEpochs).withWindow(window);
        return new SequenceTraining(TrainModelUseCase.SequenceModelChoice.parse(choice), minSnapshots, keepMargin, maxSequences,
                maxStopping, params);
    }

    /**
     * How reps' feedback enters training: {@code leadscope.learning.feedback.enabled} (default true), {@code weight}
     * of a feedback label (default 0.5) and {@code override-outcomes} (default false: a matured outcome wins).
     */
    @Singleton
    FeedbackLearningSettings feedbackLearning(@Value("${leadscope.learning.feedback.enabled:true}") boolean enabled,
                                              @Value("${leadscope.learning.feedback.weight:0.5}") double weight,
                                              @Value("${leadscope.learning.feedback.override-outcomes:false}") boolean override) {
        return new FeedbackLearningSettings(enabled, new FeedbackLabels.Policy(weight, override));
    }

    /** Whether and how training learns from feedback. */
    public record FeedbackLearningSettings(boolean enabled, FeedbackLabels.Policy policy) {
    }

    /**
     * Hot lead state for scoring one lead: up to {@code leadscope.cache.hot-lead-records} events, notes and outcomes
     * kept in memory (0: read the stores every time), each lead's entry for at most {@code hot-lead-seconds}.
     */
    @Singleton
    HotLeadHistories hotLeads(@Value("${leadscope.cache.hot-lead-records:1500000}") long records,
                              @Value("${leadscope.cache.hot-lead-seconds:300}") int seconds) {
        if (records < 0 || seconds < 1) {
            throw new IllegalArgumentException("leadscope.cache.hot-lead-records must be >= 0 and hot-lead-seconds >= 1: "
                    + records + ", " + seconds);
        }
        return new HotLeadHistories(records, Duration.ofSeconds(seconds));
    }

    @Singleton
    ScoreLeadUseCase scoreLead(StoredData data, LoadedModels models, Clock clock, HotLeadHistories hot,
                               @Value("${leadscope.cache.hot-lead-records:1500000}") long records, @Nullable StageTimes stages) {
        return new LeadScoringService(data, models, clock, records == 0 ? HistoryParts.UNCACHED : hot,
                stages == null ? StageTimes.NONE : stages);
    }

    /**
     * Reasons of stored scores computed where they are shown (rescoring stores scores without them), through the same
     * hot lead state as scoring one lead.
     */
    @Singleton
    ScoreReasonsUseCase scoreReasons(StoredData data, LoadedModels models, HotLeadHistories hot,
                                     @Value("${leadscope.cache.hot-lead-records:1500000}") long records) {
        return new ScoreReasonsService(data, models, records == 0 ? HistoryParts.UNCACHED : hot);
    }

    /** Scoring blind to a benchmark's grouped field; stores nothing. */
    @Singleton
    BlindScoringUseCase blindScoring(StoredData data, LoadedModels models, Clock clock) {
        return new LeadScoringService(data, models, clock);
    }

    @Singleton
    ManageModelsUseCase manageModels(ModelRegistry registry, LoadedModels models, List<ActiveModelChanges> listeners) {
        return new ModelManagementService(registry, models, changes(models, listeners));
    }

    /** What the monitor compares and when it alerts: {@code leadscope.monitor.*} (defaults in application.yml). */
    @Singleton
    MonitorSettings monitorSettings(@Value("${leadscope.monitor.psi-threshold:0.2}") double psi,
                                    @Value("${leadscope.monitor.ece-threshold:0.05}") double ece,
                                    @Value("${leadscope.monitor.auc-drop:0.05}") double aucDrop,
                                    @Value("${leadscope.monitor.recent-days:7}") int recentDays,
                                    @Value("${leadscope.monitor.reference-windows:8}") int referenceWindows,
                                    @Value("${leadscope.monitor.top-features:10}") int topFeatures,
                                    @Value("${leadscope.monitor.matured-weeks:8}") int maturedWeeks,
                                    @Value("${leadscope.monitor.min-rows:200}") int minRows,
                                    @Value("${leadscope.monitor.noise-factor:2.0}") double noiseFactor) {
        return new MonitorSettings(psi, ece, aucDrop, recentDays, referenceWindows, topFeatures, maturedWeeks, minRows, noiseFactor);
    }

    /** The monitor; alerts go to the {@link Notifications} bean when one exists (webhooks), else nowhere. */
    @Singleton
    MonitorModelUseCase monitorModel(StoredData data, LoadedModels models, ModelHealthLog log, Optional<Notifications> notifications,
                                     Clock clock, MonitorSettings settings) {
        return new ModelMonitoringService(data, models, log, notifications.orElse(Notifications.NONE), clock, settings);
    }

    /** When a challenger is promoted: {@code leadscope.retrain.promote-*} and {@code min-*}. */
    @Singleton
    PromotionPolicy promotionPolicy(@Value("${leadscope.retrain.promote-metric:auc}") String metric,
                                    @Value("${leadscope.retrain.promote-margin:0.01}") double margin,
                                    @Value("${leadscope.retrain.min-rows:300}") int minRows,
                                    @Value("${leadscope.retrain.min-positives:20}") int minPositives) {
        return new PromotionPolicy(metric, margin, minRows, minPositives);
    }

    /** Challengers: {@code leadscope.retrain.*} sets their training window and horizon. */
    @Singleton
    ChallengeModelUseCase challengeModel(StoredData data, LoadedModels models, ModelTrainingService trainer, ChallengerLog log,
                                         AuditLog audit, Clock clock, MonitorSettings monitor, PromotionPolicy policy,
                                         @Value("${leadscope.retrain.window-days:180}") int windowDays,
                                         @Value("${leadscope.retrain.horizon-days:90}") int horizonDays,
                                         @Value("${leadscope.retrain.seed:42}") long seed) {
        return new ChallengerService(data, models, trainer, log, audit, clock, new ChallengerService.Settings(windowDays, horizonDays,
                monitor.recentDays(), seed, policy));
    }

    @Singleton
    EvaluateDriftUseCase evaluateDrift(StoredData data, LoadedModels models, ModelTrainingService trainer, ModelHealthLog healthLog,
                                       ChallengerLog challengers, AuditLog audit, Clock clock, MonitorSettings settings,
                                       PromotionPolicy policy) {
        return new DriftEvaluation(data, models, trainer, healthLog, challengers, audit, clock, settings, policy);
    }
}
