package dev.leadscope.domain.port.in;

import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.note.Note;
import dev.leadscope.domain.outcome.Outcome;
import java.time.Instant;

/** One entry in a lead's timeline: an event, a note or an outcome. */
public sealed interface TimelineEntry {

    Instant at();

    /** An activity event. */
    record EventEntry(ActivityEvent event) implements TimelineEntry {
        @Override
        public Instant at() {
            return event.occurredAt();
        }
    }

    /** A note. */
    record NoteEntry(Note note) implements TimelineEntry {
        @Override
        public Instant at() {
            return note.writtenAt();
        }
    }

    /** An outcome. */
    record OutcomeEntry(Outcome outcome) implements TimelineEntry {
        @Override
        public Instant at() {
            return outcome.occurredAt();
        }
    }
}
