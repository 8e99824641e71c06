package dev.leadscope.domain.port.out;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.event.EventId;
import dev.leadscope.domain.lead.LeadId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The append-only log of activity events, unique by workspace and event id. Implementations are
 * thread-safe; concurrent appends of the same id store it once.
 */
public interface ActivityEvents {

    /**
     * Stores each event whose id is not yet stored, in one transaction.
     *
     * @return the ids among {@code events} that were already stored (and so were not written)
     */
    Set<EventId> appendAbsent(List<ActivityEvent> events);

    /**
     * Stores each event whose id is not yet stored and, in the same transaction, marks the lead of every event it
     * stored as pending rescoring at {@code at} (one marker per lead, read and cleared through {@link PendingRescoring}),
     * so that after a crash either the events and their markers are stored or neither is. Leads whose events were all
     * present get no marker.
     *
     * @return the ids among {@code events} that were already stored (and so were not written)
     */
    Set<EventId> appendAbsentMarkingPending(List<ActivityEvent> events, Instant at);

    /** The stored fingerprint ({@link ActivityEvent#fingerprint()}) of each of {@code ids} that exists. */
    Map<EventId, String> fingerprints(WorkspaceId workspace, Collection<EventId> ids);

    /** A lead's events with {@code from <= occurredAt < to}, oldest first, at most {@code limit}. */
    List<ActivityEvent> forLead(WorkspaceId workspace, LeadId lead, Instant from, Instant to, int limit);

    /**
     * Every event of each of {@code leads}, oldest first per lead: the bulk read for training, one round trip per
     * chunk of leads instead of one per lead. Leads without events (or unknown) are absent from the map.
     * The default reads lead by lead; adapters override it with a bulk query.
     */
    default Map<LeadId, List<ActivityEvent>> forLeads(WorkspaceId workspace, Collection<LeadId> leads) {
        Map<LeadId, List<ActivityEvent>> out = new java.util.LinkedHashMap<>();
        for (LeadId lead : leads) {
            List<ActivityEvent> events = forLead(workspace, lead, Instant.MIN, Instant.MAX, Integer.MAX_VALUE);
            if (!events.isEmpty()) {
                out.put(lead, events);
            }
        }
        return out;
    }

    /**
     * Every event of each of {@code leads} as scores read it (its id, type, category and time), oldest first per lead:
     * the bulk read of a rescoring or a training run. The properties an event was sent with are not guaranteed: no score,
     * account score or qualification reads them, and a store may leave them out (an empty map) to read the rest from an
     * index alone. Leads without events (or unknown) are absent from the map. The default is {@link #forLeads}.
     */
    default Map<LeadId, List<ActivityEvent>> behaviourOf(WorkspaceId workspace, Collection<LeadId> leads) {
        return forLeads(workspace, leads);
    }

    long count(WorkspaceId workspace);
}
