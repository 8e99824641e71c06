package dev.leadscope.domain.port.in;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.rescoring.ChunkRead;
import dev.leadscope.domain.scoring.LeadScore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Scores a lead with the workspace's active model, from what was known at the moment scored, with the reasons
 * that moved the score most either way. Implementations are thread-safe.
 *
 * <p>Errors: {@link LeadNotFoundException}; {@link dev.leadscope.domain.port.out.ModelUnavailableException} when
 * no model is active or the active one cannot be loaded.
 */
public interface ScoreLeadUseCase {

    /** Scores the lead as of now and appends the score to the lead's history. */
    LeadScore score(WorkspaceId workspace, LeadId lead);

    /**
     * Scores the lead as it was at {@code asOf}, seeing only what was known before that moment. The score is not
     * stored: history holds scores made at the time.
     */
    LeadScore scoreAsOf(WorkspaceId workspace, LeadId lead, Instant asOf);

    /**
     * The lead's stored scores, newest first, at most {@code limit}.
     *
     * @throws LeadNotFoundException when the lead does not exist
     */
    List<LeadScore> history(WorkspaceId workspace, LeadId lead, int limit);

    /**
     * Scores each lead as of now in one batch and appends the scores; leads that no longer exist are left out. The
     * scores may be stored with their reasons not computed ({@link LeadScore#reasonsComputed()}): what shows them
     * completes them through {@link ScoreReasonsUseCase}. The default scores them one by one, with reasons.
     */
    default List<LeadScore> scoreAll(WorkspaceId workspace, Collection<LeadId> leads) {
        List<LeadScore> out = new ArrayList<>(leads.size());
        for (LeadId lead : leads) {
            try {
                out.add(score(workspace, lead));
            } catch (LeadNotFoundException e) {
                // erased or never there: nothing to score
            }
        }
        return out;
    }

    /**
     * Scores the leads of one chunk of a bulk rescoring as of now, from their histories as the chunk read them once
     * ({@link ChunkRead}), and appends the scores, which may have their reasons not computed (as {@link #scoreAll}); the
     * leads of a chunk share one moment. The default scores them by id through {@link #scoreAll}.
     */
    default List<LeadScore> scoreRead(WorkspaceId workspace, ChunkRead read) {
        return scoreAll(workspace, read.leadIds());
    }
}
