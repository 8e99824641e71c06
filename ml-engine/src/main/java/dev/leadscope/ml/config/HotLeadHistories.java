package dev.leadscope.ml.config;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.event.OrderedEvents;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.port.out.LeadHistoryUpdates;
import dev.leadscope.domain.port.out.RecentLeadEvents;
import dev.leadscope.domain.port.out.RecentLeadNotes;
import dev.leadscope.domain.note.Note;
import dev.leadscope.ml.service.HistoryParts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Hot lead state: the events, outcomes and notes of recently scored leads (and their committee), kept in memory up to
 * a number of records. Events are kept as scores read them, in the stores' order ({@link OrderedEvents}) and without
 * their properties. A stored event is appended to its lead's entry instead of the history being read again; any
 * other change drops the entry. Loading and updating one lead are atomic per lead, and an append skips an event the
 * entry already holds, so an event stored while the entry loads is neither lost nor counted twice. Entries also expire
 * after a while, which bounds how long a change made by another process (a command-line import, another instance)
 * can go unseen before its durable marker is swept.
 */
public final class HotLeadHistories implements HistoryParts, LeadHistoryUpdates, RecentLeadEvents, RecentLeadNotes {
    private record Key(WorkspaceId workspace, LeadId lead) {
    }

    private final Cache<Key, Parts> cache;

    HotLeadHistories(long maxRecords, Duration ttl) {
        this.cache = Caffeine.newBuilder()
                .maximumWeight(maxRecords)
                .weigher((Key k, Parts p) -> 1 + p.events().size() + p.outcomes().size() + p.notes().size())
                .expireAfterWrite(ttl)
                .build();
    }

    @Override
    public Parts of(Lead lead, Supplier<Parts> load) {
        return cache.get(new Key(lead.workspace(), lead.id()), k -> behaviour(load.get()));
    }

    @Override
    public void eventsStored(WorkspaceId workspace, List<ActivityEvent> events) {
        Map<LeadId, List<ActivityEvent>> byLead = new LinkedHashMap<>();
        events.forEach(e -> byLead.computeIfAbsent(e.leadId(), l -> new ArrayList<>()).add(e.withoutProperties()));
        byLead.forEach((lead, added) -> cache.asMap().computeIfPresent(new Key(workspace, lead),
                (k, parts) -> new Parts(OrderedEvents.of(parts.events()).with(added), parts.outcomes(), parts.notes())));
    }

    /** The parts with their events as scores read them: without properties, which only take memory here. */
    private static Parts behaviour(Parts parts) {
        List<ActivityEvent> events = parts.events();
        for (ActivityEvent e : events) {
            if (!e.properties().isEmpty()) {
                return new Parts(events.stream().map(ActivityEvent::withoutProperties).toList(), parts.outcomes(), parts.notes());
            }
        }
        return parts;
    }

    /** The lead's events, oldest first, when its entry is in memory and holds all of them. */
    @Override
    public Optional<List<ActivityEvent>> eventsIfKept(WorkspaceId workspace, LeadId lead) {
        Parts parts = cache.getIfPresent(new Key(workspace, lead));
        return parts == null || parts.events().size() >= MAX_EVENTS ? Optional.empty() : Optional.of(parts.events());
    }

    /** The lead's notes, oldest first, when its entry is in memory and holds all of them. */
    @Override
    public Optional<List<Note>> notesIfKept(WorkspaceId workspace, LeadId lead) {
        Parts parts = cache.getIfPresent(new Key(workspace, lead));
        return parts == null || parts.notes().size() >= MAX_EVENTS ? Optional.empty() : Optional.of(parts.notes());
    }

    @Override
    public void leadsChanged(WorkspaceId workspace, Collection<LeadId> leads) {
        cache.invalidateAll(leads.stream().map(l -> new Key(workspace, l)).toList());
    }
}
