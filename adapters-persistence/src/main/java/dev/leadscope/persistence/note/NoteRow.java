package dev.leadscope.persistence.note;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.note.Note;
import dev.leadscope.domain.note.NoteId;
import dev.leadscope.persistence.support.RowKey;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

/** A note as one row of the {@code notes} table. */
@MappedEntity("notes")
record NoteRow(@EmbeddedId RowKey key, String leadId, @Nullable String channel, @Nullable String author, String text, Instant writtenAt) {

    static NoteRow from(Note note) {
        return new NoteRow(new RowKey(note.workspace().value(), note.id().value()), note.leadId().value(), note.channel(),
                note.author(), note.text(), note.writtenAt());
    }

    /** The row under the cursor of a {@code SELECT *} on {@code notes}. */
    static NoteRow read(ResultSet rs) throws SQLException {
        return new NoteRow(new RowKey(rs.getString("workspace_id"), rs.getString("id")), rs.getString("lead_id"), rs.getString("channel"),
                rs.getString("author"), rs.getString("text"), rs.getObject("written_at", OffsetDateTime.class).toInstant());
    }

    Note toDomain() {
        return new Note(new WorkspaceId(key.workspaceId()), new NoteId(key.id()), new LeadId(leadId), channel, author, text, writtenAt);
    }
}
