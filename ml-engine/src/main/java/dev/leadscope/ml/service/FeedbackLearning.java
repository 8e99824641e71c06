package dev.leadscope.ml.service;

import dev.leadscope.domain.audit.AuditAction;
import dev.leadscope.domain.audit.AuditEntry;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.port.out.AuditLog;
import dev.leadscope.domain.port.out.RepFeedbacks;
import dev.leadscope.domain.scoring.ModelVersion;
import dev.leadscope.ml.snapshot.FeedbackLabels;
import dev.leadscope.ml.snapshot.LeadHistory;
import dev.leadscope.ml.snapshot.TrainingExamples.Example;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Where training reads reps' feedback, how it weighs it, and where it audits the labels feedback set. Thread-safe
 * when its ports are.
 */
public record FeedbackLearning(RepFeedbacks feedbacks, AuditLog audit, FeedbackLabels.Policy policy) {
    /** The actor named in the audit entries of labels set by feedback. */
    static final String ACTOR = "model-training";

    public FeedbackLearning {
        Objects.requireNonNull(feedbacks, "feedbacks");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(policy, "policy");
    }

    /** The examples with the workspace's feedback applied as of {@code observedUntil}. */
    FeedbackLabels.Result apply(WorkspaceId ws, List<LeadHistory> histories, List<Example> examples,
                                Instant observedUntil) {
        return FeedbackLabels.apply(histories, examples, feedbacks.inWorkspace(ws), observedUntil, policy);
    }

    /** One audit entry per lead whose labels feedback set, naming the stored model that learned them. */
    void audit(WorkspaceId ws, Instant at, ModelVersion version, FeedbackLabels.Result result) {
        for (FeedbackLabels.Change c : result.changes()) {
            String detail = String.format(Locale.ROOT,
                    "model %s: %d snapshot labels set to %s (weight %s) by feedback %s of %s; %d overriding its outcome",
                    version.value(), c.set(), c.feedback().verdict().name().toLowerCase(Locale.ROOT), policy.weight(),
                    c.feedback().id(), c.feedback().givenBy().value(), c.overridden());
            audit.append(AuditEntry.of(ws, at, ACTOR, AuditAction.FEEDBACK_LABELS, c.feedback().leadId().value(), detail));
        }
    }
}
