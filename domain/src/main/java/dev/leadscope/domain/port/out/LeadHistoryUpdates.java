package dev.leadscope.domain.port.out;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.lead.LeadId;
import java.util.Collection;
import java.util.List;

/**
 * Hears about stored changes to leads, so that whoever keeps lead histories in memory (the scorer's hot lead state)
 * appends new events instead of reading the history again, and forgets what another change made stale. Called after
 * the change is committed. Implementations are thread-safe.
 */
public interface LeadHistoryUpdates {

    /** These events were stored (new ones only). */
    void eventsStored(WorkspaceId workspace, List<ActivityEvent> events);

    /** These leads changed otherwise (details, notes, outcomes, erasure, or a change made by another process). */
    void leadsChanged(WorkspaceId workspace, Collection<LeadId> leads);

    /** Nobody keeps histories. */
    LeadHistoryUpdates NONE = new LeadHistoryUpdates() {
        @Override
        public void eventsStored(WorkspaceId workspace, List<ActivityEvent> events) {
            // nothing kept
        }

        @Override
        public void leadsChanged(WorkspaceId workspace, Collection<LeadId> leads) {
            // nothing kept
        }
    };
}
