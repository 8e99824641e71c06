package dev.leadscope.domain.port.in;

import dev.leadscope.domain.bant.Qualification;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.lead.RepId;
import dev.leadscope.domain.scoring.LeadScore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Qualifies a lead: tier from its latest probability, BANT with evidence from the lead, its account, events,
 * intent and notes, readiness, and the next action with its reason. Implementations are thread-safe.
 */
public interface QualifyLeadUseCase {

    /** A rep who can take leads, with the leads already open on their desk and their relative capacity. */
    record RepLoad(RepId rep, int openLeads, double capacity) {
        public RepLoad {
            Objects.requireNonNull(rep, "rep");
            if (openLeads < 0) {
                throw new IllegalArgumentException("openLeads must be >= 0: " + openLeads);
            }
            if (!(capacity > 0) || !Double.isFinite(capacity)) {
                throw new IllegalArgumentException("capacity must be a finite number > 0: " + capacity);
            }
        }
    }

    /**
     * Qualifies the lead as of now, without assigning it.
     *
     * @throws LeadNotFoundException when the lead does not exist in the workspace
     */
    Qualification qualify(WorkspaceId workspace, LeadId lead);

    /**
     * Qualifies the lead and, when it is to be worked by sales and has no owner, assigns it to one of
     * {@code roster}, preferring reps with less open load for their capacity.
     *
     * @throws LeadNotFoundException when the lead does not exist in the workspace
     */
    Qualification qualifyAndAssign(WorkspaceId workspace, LeadId lead, List<RepLoad> roster);

    /**
     * Qualifies leads just scored, as of now, without assigning them: for each lead what {@link #qualify} gives when
     * {@code scores} holds its latest stored score. Implementations read the stores in bulk; this default qualifies
     * one lead at a time. Leads that no longer exist are absent from the map.
     */
    default Map<LeadId, Qualification> qualifyAll(WorkspaceId workspace, List<LeadScore> scores) {
        Map<LeadId, Qualification> out = new LinkedHashMap<>();
        for (LeadScore score : scores) {
            try {
                out.put(score.leadId(), qualify(workspace, score.leadId()));
            } catch (LeadNotFoundException e) {
                // erased since it was scored
            }
        }
        return out;
    }
}
