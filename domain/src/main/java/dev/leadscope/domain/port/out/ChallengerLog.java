package dev.leadscope.domain.port.out;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.monitor.ChallengerDecision;
import dev.leadscope.domain.monitor.ShadowScore;
import dev.leadscope.domain.scoring.ModelVersion;
import java.util.List;

/**
 * Every decision about challenger models, in order, and the shadow scores challengers give live leads, stored apart
 * from the leads' own score history. Implementations are thread-safe.
 */
public interface ChallengerLog {

    void record(ChallengerDecision decision);

    /** The workspace's decisions, newest first, at most {@code limit}. */
    List<ChallengerDecision> decisions(WorkspaceId workspace, int limit);

    void appendShadow(List<ShadowScore> scores);

    /** A challenger's shadow scores, newest first, at most {@code limit}. */
    List<ShadowScore> shadowScores(WorkspaceId workspace, ModelVersion model, int limit);
}
