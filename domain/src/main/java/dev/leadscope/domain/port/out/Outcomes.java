package dev.leadscope.domain.port.out;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.outcome.Outcome;
import dev.leadscope.domain.outcome.OutcomeId;
import java.util.List;
import java.util.Optional;

/** Outcomes of leads: won, lost, disqualified. Implementations are thread-safe. */
public interface Outcomes {

    /** Stores the outcome, replacing one with the same workspace and id. */
    void save(Outcome outcome);

    Optional<Outcome> findById(WorkspaceId workspace, OutcomeId id);

    /** A lead's outcomes, oldest first. */
    List<Outcome> forLead(WorkspaceId workspace, LeadId lead);
}
