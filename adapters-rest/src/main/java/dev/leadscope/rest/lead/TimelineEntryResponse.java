package dev.leadscope.rest.lead;

import dev.leadscope.domain.port.in.TimelineEntry;
import dev.leadscope.rest.event.EventResponse;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** One entry of a lead's timeline: its kind and time, and the event, note or outcome it is (the other two are null). */
@Serdeable
public record TimelineEntryResponse(
        @Schema(description = "event, note or outcome") String kind,
        Instant time,
        EventResponse event,
        NoteResponse note,
        OutcomeResponse outcome) {

    public static TimelineEntryResponse from(TimelineEntry entry) {
        if (entry instanceof TimelineEntry.EventEntry e) {
            return new TimelineEntryResponse("event", e.at(), EventResponse.from(e.event()), null, null);
        }
        if (entry instanceof TimelineEntry.NoteEntry n) {
            return new TimelineEntryResponse("note", n.at(), null, NoteResponse.from(n.note()), null);
        }
        TimelineEntry.OutcomeEntry o = (TimelineEntry.OutcomeEntry) entry;
        return new TimelineEntryResponse("outcome", o.at(), null, null, OutcomeResponse.from(o.outcome()));
    }
}
