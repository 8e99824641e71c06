package dev.leadscope.domain.port.out;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.lead.LeadId;
import java.util.List;
import java.util.Optional;

/**
 * Every event of a lead, from memory, while whoever keeps lead histories (the scorer's hot lead state) holds them:
 * lets qualification and account scoring, which run right after a lead is scored, skip reading them again.
 * Implementations are thread-safe.
 */
public interface RecentLeadEvents {

    /**
     * All the lead's events, oldest first, as scores read them (their properties may be left out, as
     * {@link ActivityEvents#behaviourOf} may), when they are kept in memory; empty when they must be read from the store.
     */
    Optional<List<ActivityEvent>> eventsIfKept(WorkspaceId workspace, LeadId lead);

    /** Nothing kept. */
    RecentLeadEvents NONE = (workspace, lead) -> Optional.empty();
}
