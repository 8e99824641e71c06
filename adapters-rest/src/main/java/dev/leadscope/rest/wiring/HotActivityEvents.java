package dev.leadscope.rest.wiring;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.event.OrderedEvents;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.port.out.ActivityEvents;
import dev.leadscope.domain.port.out.ForwardingActivityEvents;
import dev.leadscope.domain.port.out.RecentLeadEvents;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Activity events that answers one lead's events from the hot lead state when the lead's entry is in memory (it was
 * just scored, or is in the committee of a lead that was), and from the stores otherwise. The entry holds every event
 * stored through this instance (appended as stored) and is dropped on any other change, so it answers as the stores
 * would (without the events' properties, which qualification and account scoring do not read), within the hot state's
 * expiry for changes made by another process. The bulk read of many leads' events takes those in memory from there and
 * reads only the others, also without their properties. Everything else goes to the stores.
 */
final class HotActivityEvents extends ForwardingActivityEvents {
    private final RecentLeadEvents hot;

    HotActivityEvents(RecentLeadEvents hot, ActivityEvents stored) {
        super(stored);
        this.hot = hot;
    }

    @Override
    public List<ActivityEvent> forLead(WorkspaceId workspace, LeadId lead, Instant from, Instant to, int limit) {
        Optional<List<ActivityEvent>> known = hot.eventsIfKept(workspace, lead);
        if (known.isEmpty()) {
            return stored.forLead(workspace, lead, from, to, limit);
        }
        return OrderedEvents.window(OrderedEvents.of(known.get()), from, to, limit);
    }

    /**
     * As {@link #behaviourOf}: the events in memory are kept without their properties, so the others are read without
     * them too, from the index alone, and every lead's events come the same way whether it was in memory or not.
     */
    @Override
    public Map<LeadId, List<ActivityEvent>> forLeads(WorkspaceId workspace, Collection<LeadId> leads) {
        return kept(workspace, leads, stored::behaviourOf);
    }

    /** The events in memory as they are, the others as the store reads them for scores (their properties left out). */
    @Override
    public Map<LeadId, List<ActivityEvent>> behaviourOf(WorkspaceId workspace, Collection<LeadId> leads) {
        return kept(workspace, leads, stored::behaviourOf);
    }

    private Map<LeadId, List<ActivityEvent>> kept(WorkspaceId workspace, Collection<LeadId> leads,
                                                  BiFunction<WorkspaceId, List<LeadId>, Map<LeadId, List<ActivityEvent>>> read) {
        Map<LeadId, List<ActivityEvent>> out = new LinkedHashMap<>();
        List<LeadId> missing = new ArrayList<>();
        for (LeadId lead : leads) {
            Optional<List<ActivityEvent>> known = hot.eventsIfKept(workspace, lead);
            if (known.isEmpty()) {
                missing.add(lead);
            } else if (!known.get().isEmpty()) {
                out.put(lead, OrderedEvents.of(known.get()));
            }
        }
        if (!missing.isEmpty()) {
            out.putAll(read.apply(workspace, missing));
        }
        return out;
    }
}
