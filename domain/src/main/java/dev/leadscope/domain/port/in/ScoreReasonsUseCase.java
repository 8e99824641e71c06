package dev.leadscope.domain.port.in;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.scoring.LeadScore;
import java.util.List;

/**
 * Completes stored scores whose reasons were not computed (bulk and real-time rescoring store the probability and tier
 * only), for whatever shows a score's reasons. A score's reasons are computed by the model version that made it, at the
 * score's own moment, from the lead's history as known before that moment (as {@code scoreAsOf} sees it), through the
 * one scoring code path; the model active now plays no part. They are stored back, so each score's reasons are computed
 * once. Implementations are thread-safe.
 *
 * <p>Errors: {@link dev.leadscope.domain.port.out.ModelUnavailableException} when the model that made a score cannot be
 * loaded.
 */
public interface ScoreReasonsUseCase {

    /**
     * The scores in the same order, each with its reasons computed: those stored with reasons are returned as they are;
     * the others get theirs computed (the scores of one model and moment in one batch) and stored. A score whose lead
     * no longer exists is returned as it is, its reasons not computed.
     */
    List<LeadScore> withReasons(WorkspaceId workspace, List<LeadScore> scores);

    /**
     * The score with its reasons computed.
     *
     * @throws LeadNotFoundException when its lead no longer exists and its reasons were not computed
     */
    default LeadScore withReasons(WorkspaceId workspace, LeadScore score) {
        LeadScore done = withReasons(workspace, List.of(score)).get(0);
        if (!done.reasonsComputed()) {
            throw new LeadNotFoundException(score.leadId());
        }
        return done;
    }
}
