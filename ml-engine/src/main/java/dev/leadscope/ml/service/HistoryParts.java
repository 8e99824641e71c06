package dev.leadscope.ml.service;

import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.event.OrderedEvents;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.note.Note;
import dev.leadscope.domain.outcome.Outcome;
import java.util.List;
import java.util.function.Supplier;

/**
 * Where the serving path gets a lead's own events, outcomes and notes: read from the stores each time, or kept in
 * memory and brought up to date as events arrive. Thread-safe.
 */
public interface HistoryParts {
    /** The most events of one lead that are read into its parts: a lead holding this many may have more. */
    int MAX_EVENTS = 1_000_000;

    /** A lead's own records, oldest first (the events in the stores' order, {@link OrderedEvents}). */
    record Parts(List<ActivityEvent> events, List<Outcome> outcomes, List<Note> notes) {
        public Parts {
            events = OrderedEvents.of(events);
            outcomes = List.copyOf(outcomes);
            notes = List.copyOf(notes);
        }
    }

    /** The lead's parts, from memory when kept, else from {@code load}. */
    Parts of(Lead lead, Supplier<Parts> load);

    /** Reads the stores every time. */
    HistoryParts UNCACHED = (lead, load) -> load.get();
}
