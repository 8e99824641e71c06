package dev.leadscope.qualification.routing;

import dev.leadscope.domain.bant.NextAction;
import dev.leadscope.domain.bant.Qualification;
import dev.leadscope.domain.common.Page;
import dev.leadscope.domain.common.PageRequest;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.lead.RepId;
import dev.leadscope.domain.port.in.AssignLeadUseCase;
import dev.leadscope.domain.port.in.LeadNotFoundException;
import dev.leadscope.domain.port.in.QualifyLeadUseCase;
import dev.leadscope.domain.port.in.QualifyLeadUseCase.RepLoad;
import dev.leadscope.domain.port.out.LeadFilter;
import dev.leadscope.domain.port.out.Leads;
import dev.leadscope.domain.port.out.Outcomes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Assigns leads to reps by open load from the stores: a rep's open load is the leads they own that have no outcome
 * yet (up to {@value #MAX_LEADS_SCANNED} leads are read to find the reps or count a rep's load). Assignments in one
 * service instance happen one at a time, so two leads routed at once do not both see the same lightest rep.
 */
public final class LeadAssignmentService implements AssignLeadUseCase {
    static final int MAX_LEADS_SCANNED = 100_000;
    private static final Set<NextAction> WORKED_BY_SALES = EnumSet.of(NextAction.CALL_NOW_WITH_ALERT, NextAction.SEQUENCE_AND_DEMO_INVITE);

    private final Leads leads;
    private final Outcomes outcomes;
    private final QualifyLeadUseCase qualification;
    private final AssignmentPolicy policy;

    public LeadAssignmentService(Leads leads, Outcomes outcomes, QualifyLeadUseCase qualification, AssignmentPolicy policy) {
        this.leads = Objects.requireNonNull(leads, "leads");
        this.outcomes = Objects.requireNonNull(outcomes, "outcomes");
        this.qualification = Objects.requireNonNull(qualification, "qualification");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    @Override
    public synchronized Assignment assign(WorkspaceId workspace, LeadId id, Map<RepId, Double> reps) {
        if (!policy.byOpenLoad()) {
            throw new IllegalStateException("assignment by open load is turned off (leadscope.qualification.assignment.by-open-load)");
        }
        Lead lead = leads.findById(workspace, id).orElseThrow(() -> new LeadNotFoundException(id));
        if (lead.owner() != null) {
            Qualification q = qualification.qualify(workspace, id);
            return new Assignment(q, lead.owner(), false, List.of(), "already owned by " + lead.owner().value() + "; kept");
        }
        List<RepLoad> roster = roster(workspace, reps != null ? reps : policy.reps());
        Qualification q = qualification.qualifyAndAssign(workspace, id, roster);
        if (!WORKED_BY_SALES.contains(q.action())) {
            return new Assignment(q, null, false, roster, "next action is " + q.action().name().toLowerCase(Locale.ROOT)
                    + ": sales does not work the lead yet, so it is not assigned");
        }
        if (q.assignedTo() == null) {
            return new Assignment(q, null, false, roster, "no rep to assign to: name reps in the request, configure "
                    + "leadscope.qualification.assignment.reps, or give some leads an owner");
        }
        leads.save(withOwner(lead, q.assignedTo()));
        RepLoad chosen = roster.stream().filter(r -> r.rep().equals(q.assignedTo())).findFirst().orElseThrow();
        return new Assignment(q, q.assignedTo(), true, roster, String.format(Locale.ROOT,
                "assigned to %s: %d open leads for capacity %.2f, the lightest load of %d reps ((open + 1) / capacity = %.2f)",
                chosen.rep().value(), chosen.openLeads(), chosen.capacity(), roster.size(),
                (chosen.openLeads() + 1) / chosen.capacity()));
    }

    /** {@code reps} with their open loads, or when empty every rep who owns a lead (capacity 1). */
    private List<RepLoad> roster(WorkspaceId workspace, Map<RepId, Double> reps) {
        List<RepLoad> out = new ArrayList<>();
        if (!reps.isEmpty()) {
            reps.forEach((rep, capacity) -> out.add(new RepLoad(rep, openLeads(workspace, new LeadFilter(null, rep, null)).getOrDefault(rep, 0), capacity)));
            return out;
        }
        openLeads(workspace, LeadFilter.ALL).forEach((rep, open) -> out.add(new RepLoad(rep, open, 1.0)));
        return out;
    }

    /** Open leads by owner among the leads {@code filter} lists; owners with only closed leads count 0. */
    private Map<RepId, Integer> openLeads(WorkspaceId workspace, LeadFilter filter) {
        Map<RepId, Integer> open = new LinkedHashMap<>();
        int offset = 0;
        while (offset < MAX_LEADS_SCANNED) {
            Page<Lead> page = leads.list(workspace, filter, new PageRequest(offset, PageRequest.MAX_LIMIT));
            for (Lead l : page.items()) {
                if (l.owner() != null) {
                    open.merge(l.owner(), outcomes.forLead(workspace, l.id()).isEmpty() ? 1 : 0, Integer::sum);
                }
            }
            if (!page.hasMore() || page.items().isEmpty()) {
                break;
            }
            offset += page.items().size();
        }
        return open;
    }

    private static Lead withOwner(Lead l, RepId owner) {
        return new Lead(l.workspace(), l.id(), l.accountId(), l.firstName(), l.lastName(), l.email(), l.title(), l.titleProfile(),
                l.source(), owner, l.createdAt(), l.consent(), l.attributes());
    }
}
