package dev.leadscope.domain.port.in;

import dev.leadscope.domain.bant.Qualification;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.lead.RepId;
import dev.leadscope.domain.port.in.QualifyLeadUseCase.RepLoad;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Routes a lead and, when sales is to work it and it has no owner, assigns it to the rep with the least open load for
 * their capacity and stores the lead with that owner. Implementations are thread-safe.
 *
 * <p>Errors: {@link LeadNotFoundException}; {@link IllegalStateException} when assignment by open load is turned off.
 */
public interface AssignLeadUseCase {

    /**
     * What happened.
     *
     * @param qualification the routing that decided whether sales works the lead
     * @param owner         the lead's owner afterwards (null when sales does not work it and nobody owned it)
     * @param newlyAssigned whether this call set the owner
     * @param roster        the reps considered, with their open leads before this assignment
     * @param reason        why the lead has (or has no) owner
     */
    record Assignment(Qualification qualification, RepId owner, boolean newlyAssigned, List<RepLoad> roster, String reason) {
        public Assignment {
            Objects.requireNonNull(qualification, "qualification");
            roster = List.copyOf(roster);
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * @param reps the reps to choose from with their relative capacities (their open loads are counted from the
     *             stores); null takes the configured reps, or every rep who owns a lead
     */
    Assignment assign(WorkspaceId workspace, LeadId lead, Map<RepId, Double> reps);
}
