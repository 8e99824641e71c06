package dev.leadscope.ml.config;

import dev.leadscope.domain.port.in.BlindScoringUseCase;
import dev.leadscope.domain.port.in.ManageModelsUseCase;
import dev.leadscope.domain.port.in.ScoreLeadUseCase;
import dev.leadscope.domain.port.in.TrainModelUseCase;
import dev.leadscope.domain.port.out.Accounts;
import dev.leadscope.domain.port.out.AuditLog;
import dev.leadscope.domain.port.out.ActivityEvents;
import dev.leadscope.domain.port.out.IntentSignals;
import dev.leadscope.domain.port.out.LeadScores;
import dev.leadscope.domain.port.out.Leads;
import dev.leadscope.domain.port.out.ModelRegistry;
import dev.leadscope.domain.port.out.Notes;
import dev.leadscope.domain.port.out.Outcomes;
import dev.leadscope.domain.port.out.RepFeedbacks;
import dev.leadscope.domain.privacy.SensitiveAttributes;
import dev.leadscope.ml.fit.BoostingParams;
import dev.leadscope.ml.snapshot.FeedbackLabels;
import dev.leadscope.ml.service.FeedbackLearning;
import dev.leadscope.ml.service.LeadScoringService;
import dev.leadscope.ml.service.LoadedModels;
import dev.leadscope.ml.service.ModelManagementService;
import dev.leadscope.ml.service.ModelTrainingService;
import dev.leadscope.ml.service.StoredData;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;

/**
 * Makes the model services beans on whichever adapters implement the outbound ports, so the application reaches
 * training, scoring and model management through the domain's use cases only.
 */
@Factory
public class ModelServices {

    @Singleton
    StoredData storedData(Leads leads, Accounts accounts, ActivityEvents events, Notes notes, Outcomes outcomes,
                          IntentSignals intent, LeadScores scores, ModelRegistry registry) {
        return new StoredData(leads, accounts, events, notes, outcomes, intent, scores, registry);
    }

    /** One cache of loaded models, shared by scoring and management so an activation check warms the scorer. */
    @Singleton
    LoadedModels loadedModels(ModelRegistry registry) {
        return new LoadedModels(registry);
    }

    /**
     * Training; {@code leadscope.training.threads} sets the threads the tree library uses (0, the default: one per
     * core); {@code leadscope.privacy.sensitive-attributes} names custom attributes never used as features.
     */
    @Singleton
    TrainModelUseCase trainModel(StoredData data, Clock clock, @Value("${leadscope.training.threads:0}") int threads,
                                 @Value("${leadscope.privacy.sensitive-attributes:}") List<String> sensitive,
                                 FeedbackLearningSettings feedback, RepFeedbacks feedbacks, AuditLog audit) {
        if (threads < 0) {
            throw new IllegalArgumentException("leadscope.training.threads must be 0 (one per core) or more: " + threads);
        }
        int used = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
        return new ModelTrainingService(data, clock, BoostingParams.DEFAULTS, used, SensitiveAttributes.of(sensitive),
                feedback.enabled() ? new FeedbackLearning(feedbacks, audit, feedback.policy()) : null);
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

    @Singleton
    ScoreLeadUseCase scoreLead(StoredData data, LoadedModels models, Clock clock) {
        return new LeadScoringService(data, models, clock);
    }

    /** Scoring blind to a benchmark's grouped field; stores nothing. */
    @Singleton
    BlindScoringUseCase blindScoring(StoredData data, LoadedModels models, Clock clock) {
        return new LeadScoringService(data, models, clock);
    }

    @Singleton
    ManageModelsUseCase manageModels(ModelRegistry registry, LoadedModels models) {
        return new ModelManagementService(registry, models);
    }
}
