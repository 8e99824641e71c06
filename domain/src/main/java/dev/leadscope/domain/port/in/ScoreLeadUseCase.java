package dev.leadscope.domain.port.in;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.scoring.LeadScore;
import java.time.Instant;
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
}
