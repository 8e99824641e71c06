package dev.leadscope.rest.rep;

import dev.leadscope.domain.bant.Qualification;
import dev.leadscope.domain.common.Page;
import dev.leadscope.domain.common.PageRequest;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.lead.RepId;
import dev.leadscope.domain.port.in.QualifyLeadUseCase;
import dev.leadscope.domain.port.out.LeadFilter;
import dev.leadscope.domain.port.out.Leads;
import dev.leadscope.rest.common.PageResponse;
import dev.leadscope.rest.lead.LeadResponse;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A rep's routed queue: every lead the rep owns (up to {@value #MAX_LEADS}), qualified from its latest stored
 * score, best first: by next action (call now, sequence and demo, nurture, disqualify), then probability (unscored
 * last), then lead id.
 */
@Singleton
public class RepQueue {
    /** The most leads of one rep qualified for a queue. */
    public static final int MAX_LEADS = 2_000;
    private static final Comparator<Qualification> BEST_FIRST = Comparator
            .comparing((Qualification q) -> q.action().ordinal())
            .thenComparing(q -> q.probability() == null ? -1.0 : q.probability().value(), Comparator.reverseOrder())
            .thenComparing(q -> q.lead().value());

    private final Leads leads;
    private final QualifyLeadUseCase qualification;

    public RepQueue(Leads leads, QualifyLeadUseCase qualification) {
        this.leads = leads;
        this.qualification = qualification;
    }

    /**
     * The page of the rep's queue.
     *
     * @throws RepNotFoundException when the rep owns no lead
     */
    public PageResponse<QueueItemResponse> page(WorkspaceId workspace, RepId rep, PageRequest page) {
        List<Lead> owned = owned(workspace, rep);
        if (owned.isEmpty()) {
            throw new RepNotFoundException(rep);
        }
        List<Qualification> routed = new ArrayList<>(owned.size());
        for (Lead lead : owned) {
            routed.add(qualification.qualify(workspace, lead.id()));
        }
        routed.sort(BEST_FIRST);
        Map<LeadId, Lead> byId = new HashMap<>();
        owned.forEach(l -> byId.put(l.id(), l));
        int from = Math.min(page.offset(), routed.size());
        int to = Math.min(from + page.limit(), routed.size());
        List<QueueItemResponse> items = routed.subList(from, to).stream()
                .map(q -> QueueItemResponse.of(LeadResponse.from(byId.get(q.lead())), q)).toList();
        return new PageResponse<>(items, page.offset(), page.limit(), routed.size(), to < routed.size());
    }

    private List<Lead> owned(WorkspaceId workspace, RepId rep) {
        List<Lead> out = new ArrayList<>();
        int offset = 0;
        while (out.size() < MAX_LEADS) {
            Page<Lead> next = leads.list(workspace, new LeadFilter(null, rep, null), new PageRequest(offset, PageRequest.MAX_LIMIT));
            out.addAll(next.items());
            if (!next.hasMore() || next.items().isEmpty()) {
                break;
            }
            offset += next.items().size();
        }
        return out.size() > MAX_LEADS ? out.subList(0, MAX_LEADS) : out;
    }
}
