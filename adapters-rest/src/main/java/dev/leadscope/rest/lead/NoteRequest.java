package dev.leadscope.rest.lead;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.note.Note;
import dev.leadscope.domain.note.NoteId;
import dev.leadscope.rest.common.Fields;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/** A note from a call, e-mail or chat about a lead. */
@Serdeable
public record NoteRequest(
        @Nullable @Schema(description = "Your id for the note (sending it again replaces it); generated when absent") String id,
        @Nullable @Schema(description = "call, email, chat, meeting ...") String channel,
        @Nullable String author,
        @NotBlank @Size(max = Note.MAX_TEXT) String text,
        @Nullable @Schema(description = "Now when absent") Instant writtenAt) {

    public Note toDomain(WorkspaceId workspace, LeadId lead, Instant now) {
        NoteId noteId = Fields.named("id", () -> new NoteId(id == null ? UUID.randomUUID().toString() : id));
        return Fields.within(null, () -> new Note(workspace, noteId, lead, channel, author, text, writtenAt == null ? now : writtenAt));
    }
}
