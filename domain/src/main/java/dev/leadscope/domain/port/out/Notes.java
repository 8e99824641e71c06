package dev.leadscope.domain.port.out;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.note.Note;
import dev.leadscope.domain.note.NoteId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Notes about leads. Implementations are thread-safe. */
public interface Notes {

    /** Stores the note, replacing one with the same workspace and id. */
    void save(Note note);

    Optional<Note> findById(WorkspaceId workspace, NoteId id);

    /** A lead's notes written in {@code [from, to)}, oldest first, at most {@code limit}. */
    List<Note> forLead(WorkspaceId workspace, LeadId lead, Instant from, Instant to, int limit);
}
