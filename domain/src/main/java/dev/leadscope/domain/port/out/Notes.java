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

    /**
     * Every note of each of {@code leads}, oldest first per lead: the bulk read for training. Leads without notes
     * are absent from the map. The default reads lead by lead; adapters override it with a bulk query.
     */
    default Map<LeadId, List<Note>> forLeads(WorkspaceId workspace, Collection<LeadId> leads) {
        Map<LeadId, List<Note>> out = new java.util.LinkedHashMap<>();
        for (LeadId lead : leads) {
            List<Note> notes = forLead(workspace, lead, Instant.MIN, Instant.MAX, Integer.MAX_VALUE);
            if (!notes.isEmpty()) {
                out.put(lead, notes);
            }
        }
        return out;
    }

    /** The stored notes among {@code ids} (ids not stored are absent from the map). */
    default Map<NoteId, Note> findAll(WorkspaceId workspace, Collection<NoteId> ids) {
        Map<NoteId, Note> found = new HashMap<>();
        ids.forEach(id -> findById(workspace, id).ifPresent(n -> found.put(id, n)));
        return found;
    }

    /** A lead's notes written in {@code [from, to)}, oldest first, at most {@code limit}. */
    List<Note> forLead(WorkspaceId workspace, LeadId lead, Instant from, Instant to, int limit);
}
