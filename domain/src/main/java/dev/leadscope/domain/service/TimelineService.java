package dev.leadscope.domain.service;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.port.in.LeadNotFoundException;
import dev.leadscope.domain.port.in.LeadTimelineUseCase;
import dev.leadscope.domain.port.in.TimelineEntry;
import dev.leadscope.domain.port.out.ActivityEvents;
import dev.leadscope.domain.port.out.Leads;
import dev.leadscope.domain.port.out.Notes;
import dev.leadscope.domain.port.out.Outcomes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Merges a lead's events, notes and outcomes into one time-ordered timeline. */
public final class TimelineService implements LeadTimelineUseCase {
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private final Leads leads;
    private final ActivityEvents events;
    private final Notes notes;
    private final Outcomes outcomes;

    public TimelineService(Leads leads, ActivityEvents events, Notes notes, Outcomes outcomes) {
        this.leads = Objects.requireNonNull(leads);
        this.events = Objects.requireNonNull(events);
        this.notes = Objects.requireNonNull(notes);
        this.outcomes = Objects.requireNonNull(outcomes);
    }

    @Override
    public List<TimelineEntry> timeline(WorkspaceId workspace, LeadId lead, Instant from, Instant to, int limit) {
        if (limit < 1 || limit > MAX_ENTRIES) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_ENTRIES + ": " + limit);
        }
        if (leads.findById(workspace, lead).isEmpty()) {
            throw new LeadNotFoundException(lead);
        }
        Instant start = from != null ? from : EARLIEST;
        Instant end = to != null ? to : LATEST;
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("from must be before to: " + start + " >= " + end);
        }
        List<TimelineEntry> entries = new ArrayList<>();
        events.forLead(workspace, lead, start, end, limit).forEach(e -> entries.add(new TimelineEntry.EventEntry(e)));
        notes.forLead(workspace, lead, start, end, limit).forEach(n -> entries.add(new TimelineEntry.NoteEntry(n)));
        outcomes.forLead(workspace, lead).stream()
                .filter(o -> !o.occurredAt().isBefore(start) && o.occurredAt().isBefore(end))
                .forEach(o -> entries.add(new TimelineEntry.OutcomeEntry(o)));
        entries.sort(Comparator.comparing(TimelineEntry::at));
        return entries.size() > limit ? List.copyOf(entries.subList(0, limit)) : List.copyOf(entries);
    }
}
