package dev.leadscope.domain.port.out;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.note.Note;
import dev.leadscope.domain.note.NoteId;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Notes about leads. Implementations are thread-safe. */
public interface Notes {

    /** Stores the note, replacing one with the same workspace and id. */
    void save(Note note);

    /**
     * Stores every note like {@link #save}, in one transaction where the store has them; when two carry the same id
     * the later one is kept. The batch path of imports.
     */
    default void saveAll(List<Note> notes) {
        notes.forEach(this::save);
    }

    Optional<Note> findById(WorkspaceId workspace, NoteId id);

    /** The stored notes among {@code ids} (ids not stored are absent from the map). */
    default Map<NoteId, Note> findAll(WorkspaceId workspace, Collection<NoteId> ids) {
        Map<NoteId, Note> found = new HashMap<>();
        ids.forEach(id -> findById(workspace, id).ifPresent(n -> found.put(id, n)));
        return found;
    }

    /** A lead's notes written in {@code [from, to)}, oldest first, at most {@code limit}. */
    List<Note> forLead(WorkspaceId workspace, LeadId lead, Instant from, Instant to, int limit);
}
