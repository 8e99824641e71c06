package dev.leadscope.domain.note;

import dev.leadscope.domain.common.Instants;
import dev.leadscope.domain.common.Texts;
import dev.leadscope.domain.common.TimeWindow;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Free text from a call, e-mail or chat about a lead: input to text features and BANT evidence. */
public record Note(WorkspaceId workspace, NoteId id, LeadId leadId, String channel, String author, String text, Instant writtenAt) {
    public static final int MAX_TEXT = 20_000;

    public Note {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(leadId, "leadId");
        channel = Texts.optional("channel", channel, 32);
        author = Texts.optional("author", author, 128);
        text = Texts.required("text", text, MAX_TEXT);
        if (writtenAt == null) {
            throw new IllegalArgumentException("writtenAt must not be empty");
        }
        writtenAt = Instants.micros(writtenAt);
    }

    /**
     * The notes of {@code oldestFirst} (a lead's notes in the stores' order) written in {@code [from, to)}, oldest first, at
     * most {@code limit}: what {@code Notes.forLead} answers, for notes already in memory.
     */
    public static List<Note> written(List<Note> oldestFirst, Instant from, Instant to, int limit) {
        return TimeWindow.of(oldestFirst, Note::writtenAt, from, to, limit);
    }
}
