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

    /** The stored fingerprint ({@link ActivityEvent#fingerprint()}) of each of {@code ids} that exists. */
    Map<EventId, String> fingerprints(WorkspaceId workspace, Collection<EventId> ids);

    /** A lead's events with {@code from <= occurredAt < to}, oldest first, at most {@code limit}. */
    List<ActivityEvent> forLead(WorkspaceId workspace, LeadId lead, Instant from, Instant to, int limit);

    long count(WorkspaceId workspace);
}
