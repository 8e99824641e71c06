package dev.leadscope.domain.rescoring;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.event.EventId;
import dev.leadscope.domain.event.OrderedEvents;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.port.out.ActivityEvents;
import dev.leadscope.domain.port.out.ForwardingActivityEvents;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Activity events that, inside {@link #during}, read each lead's events once on the calling thread and answer again
 * from them: a bulk rescoring chunk reads its accounts' members' events to score the accounts, then its leads' and
 * economic buyers' events to qualify them. Outside it, every call reads the store. Thread-safe (what is remembered
 * belongs to one thread).
 */
public final class EventsMemo extends ForwardingActivityEvents {
    private record Key(WorkspaceId workspace, LeadId lead) {
    }

    private final ThreadBatch<Key, List<ActivityEvent>> batch = new ThreadBatch<>();

    public EventsMemo(ActivityEvents stored) {
        super(stored);
    }

    /** Runs {@code work} with each lead's events read at most once on this thread (unless appended meanwhile). */
    public <T> T during(Supplier<T> work) {
        return batch.during(work);
    }

    /**
     * Inside {@link #during}: remembers the events of every lead of a bulk rescoring's chunk as the chunk read them, so
     * that its account scores and qualification read none again. The chunk read them as scores do, without their
     * properties ({@link ActivityEvents#behaviourOf}), so inside the chunk every read of them answers that way.
     * Outside it, does nothing.
     */
    public void prime(ChunkRead read) {
        Map<Key, List<ActivityEvent>> known = batch.current();
        if (known != null) {
            for (LeadId lead : read.leadIds()) {
                known.put(new Key(read.workspace(), lead), read.eventsOf(lead));
            }
        }
    }

    @Override
    public Set<EventId> appendAbsent(List<ActivityEvent> events) {
        forget(events);
        return stored.appendAbsent(events);
    }

    @Override
    public Set<EventId> appendAbsentMarkingPending(List<ActivityEvent> events, Instant at) {
        forget(events);
        return stored.appendAbsentMarkingPending(events, at);
    }

    @Override
    public List<ActivityEvent> forLead(WorkspaceId workspace, LeadId lead, Instant from, Instant to, int limit) {
        Map<Key, List<ActivityEvent>> known = batch.current();
        List<ActivityEvent> all = known == null ? null : known.get(new Key(workspace, lead));
        if (all == null) {
            return stored.forLead(workspace, lead, from, to, limit);
        }
        return OrderedEvents.window(all, from, to, limit);
    }

    @Override
    public Map<LeadId, List<ActivityEvent>> forLeads(WorkspaceId workspace, Collection<LeadId> leads) {
        Map<Key, List<ActivityEvent>> known = batch.current();
        if (known == null) {
            return stored.forLeads(workspace, leads);
        }
        List<LeadId> missing = leads.stream().distinct().filter(l -> !known.containsKey(new Key(workspace, l))).toList();
        if (!missing.isEmpty()) {
            Map<LeadId, List<ActivityEvent>> read = stored.forLeads(workspace, missing);
            for (LeadId l : missing) {
                known.put(new Key(workspace, l), OrderedEvents.of(read.getOrDefault(l, List.of())));
            }
        }
        Map<LeadId, List<ActivityEvent>> out = new LinkedHashMap<>();
        for (LeadId l : leads) {
            List<ActivityEvent> events = known.get(new Key(workspace, l));
            if (!events.isEmpty()) {
                out.put(l, events);
            }
        }
        return out;
    }

    /** Inside {@link #during}, as {@link #forLeads}, from what the batch remembers; outside it, the store's own read. */
    @Override
    public Map<LeadId, List<ActivityEvent>> behaviourOf(WorkspaceId workspace, Collection<LeadId> leads) {
        return batch.current() == null ? stored.behaviourOf(workspace, leads) : forLeads(workspace, leads);
    }

    private void forget(List<ActivityEvent> events) {
        Map<Key, List<ActivityEvent>> known = batch.current();
        if (known != null) {
            events.forEach(e -> known.remove(new Key(e.workspace(), e.leadId())));
        }
    }
}
