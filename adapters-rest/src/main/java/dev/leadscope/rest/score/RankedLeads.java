package dev.leadscope.rest.score;

import dev.leadscope.domain.common.Page;
import dev.leadscope.domain.common.PageRequest;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.port.in.ScoreReasonsUseCase;
import dev.leadscope.domain.port.out.LeadScores;
import dev.leadscope.domain.port.out.Leads;
import dev.leadscope.domain.scoring.LeadScore;
import dev.leadscope.rest.common.PageResponse;
import dev.leadscope.rest.error.InvalidRequestException;
import dev.leadscope.rest.lead.LeadResponse;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/**
 * Lists leads ranked by their latest stored score, highest first, one page at a time; leads never scored are not
 * listed. Reads the stored scores rather than scoring anew, so a ranked page costs two queries, not a model run per lead;
 * only the first read of scores stored without their reasons (after a rescoring) computes them, once, in one batch per
 * model and moment.
 */
@Singleton
public class RankedLeads {
    /** The one ranking the lead list knows. */
    public static final String BY_SCORE = "score";

    private final LeadScores scores;
    private final Leads leads;
    private final ScoreReasonsUseCase reasons;

    public RankedLeads(LeadScores scores, Leads leads, ScoreReasonsUseCase reasons) {
        this.scores = scores;
        this.leads = leads;
        this.reasons = reasons;
    }

    /**
     * The page of ranked leads.
     *
     * @throws InvalidRequestException when {@code sort} is not {@value #BY_SCORE} or a filter is given with it
     */
    public PageResponse<RankedLeadResponse> page(WorkspaceId workspace, String sort, boolean filtered, PageRequest page) {
        if (!BY_SCORE.equals(sort)) {
            throw new InvalidRequestException("sort", "must be '" + BY_SCORE + "' (or left out for creation order): '" + sort + "'");
        }
        if (filtered) {
            throw new InvalidRequestException("sort", "cannot be combined with accountId, owner or createdAfter");
        }
        Page<LeadScore> ranked = scores.ranked(workspace, page);
        Map<LeadId, Lead> found = leads.findAll(workspace, ranked.items().stream().map(LeadScore::leadId).toList());
        // the page's scores stored without reasons (a bulk rescoring's share one model and moment) get them in one batch
        List<LeadScore> shown = reasons.withReasons(workspace, ranked.items().stream().filter(s -> found.containsKey(s.leadId())).toList());
        List<RankedLeadResponse> items = shown.stream().filter(LeadScore::reasonsComputed)
                .map(s -> new RankedLeadResponse(LeadResponse.from(found.get(s.leadId())), ScoreResponse.from(s))).toList();
        return new PageResponse<>(items, ranked.offset(), ranked.limit(), ranked.total(), ranked.hasMore());
    }
}
