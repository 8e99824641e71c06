package dev.leadscope.rest.lead;

import dev.leadscope.domain.note.Note;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** A note as stored. */
@Serdeable
public record NoteResponse(String id, String leadId, String channel, String author, String text, Instant writtenAt) {

    public static NoteResponse from(Note n) {
        return new NoteResponse(n.id().value(), n.leadId().value(), n.channel(), n.author(), n.text(), n.writtenAt());
    }
}
