package dev.leadscope.domain.port.in;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.monitor.ChallengerDecision;
import java.time.Instant;
import java.util.List;

/**
 * Keeps the model learning without trusting a new one blindly: trains a challenger on recent history, scores it in
 * shadow beside the active model, and promotes it only when it beats the active model on outcomes that matured
 * after it was trained; every step is recorded with its figures. Implementations are thread-safe.
 *
 * <p>Errors: {@link InsufficientTrainingDataException} when recent history is too thin to train on.
 */
public interface ChallengeModelUseCase {

    /** Trains a challenger on what was known at {@code asOf} (not activated) and starts shadowing it. */
    ChallengerDecision train(WorkspaceId workspace, Instant asOf, String why);

    /**
     * Shadow-scores the open challengers on the leads active in the last days before {@code asOf}, then decides
     * those with enough matured outcomes since they were trained; returns the decisions made (none while waiting).
     */
    List<ChallengerDecision> review(WorkspaceId workspace, Instant asOf);

    /** Every decision, newest first, at most {@code limit}. */
    List<ChallengerDecision> decisions(WorkspaceId workspace, int limit);
}
