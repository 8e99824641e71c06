package dev.leadscope.domain.rescoring;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.note.Note;
import dev.leadscope.domain.note.NoteId;
import dev.leadscope.domain.port.out.Notes;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Notes that, inside {@link #during}, answer the leads of a bulk rescoring's chunk from what the chunk read
 * ({@link #prime}): qualification reads the notes its scoring already read. Every other read, and every read outside
 * it, asks the store. Saving a note forgets its lead's. Thread-safe (what is remembered belongs to one thread).
 */
public final class NotesMemo implements Notes {
    private record Key(WorkspaceId workspace, LeadId lead) {
    }

    private final Notes stored;
    private final ThreadBatch<Key, List<Note>> batch = new ThreadBatch<>();

    public NotesMemo(Notes stored) {
        this.stored = stored;
    }

    /** Runs {@code work} with what {@link #prime} is given remembered on this thread. */
    public <T> T during(Supplier<T> work) {
        return batch.during(work);
    }

    /** Inside {@link #during}: remembers every note of each lead of the chunk, as the chunk read them. */
    public void prime(ChunkRead read) {
        Map<Key, List<Note>> known = batch.current();
        if (known != null) {
            for (LeadId lead : read.leadIds()) {
                known.put(new Key(read.workspace(), lead), read.notesOf(lead));
            }
        }
    }

    @Override
    public void save(Note note) {
        forget(List.of(note));
        stored.save(note);
    }

    @Override
    public void saveAll(List<Note> notes) {
        forget(notes);
        stored.saveAll(notes);
    }

    @Override
    public Optional<Note> findById(WorkspaceId workspace, NoteId id) {
        return stored.findById(workspace, id);
    }

    @Override
    public Map<NoteId, Note> findAll(WorkspaceId workspace, Collection<NoteId> ids) {
        return stored.findAll(workspace, ids);
    }

    @Override
    public Map<LeadId, List<Note>> forLeads(WorkspaceId workspace, Collection<LeadId> leads) {
        Map<Key, List<Note>> known = batch.current();
        if (known == null) {
            return stored.forLeads(workspace, leads);
        }
        List<LeadId> missing = leads.stream().distinct().filter(l -> !known.containsKey(new Key(workspace, l))).toList();
        Map<LeadId, List<Note>> read = missing.isEmpty() ? Map.of() : stored.forLeads(workspace, missing);
        Map<LeadId, List<Note>> out = new LinkedHashMap<>();
        for (LeadId l : leads) {
            List<Note> notes = known.getOrDefault(new Key(workspace, l), read.getOrDefault(l, List.of()));
            if (!notes.isEmpty()) {
                out.put(l, notes);
            }
        }
        return out;
    }

    @Override
    public List<Note> forLead(WorkspaceId workspace, LeadId lead, Instant from, Instant to, int limit) {
        Map<Key, List<Note>> known = batch.current();
        List<Note> all = known == null ? null : known.get(new Key(workspace, lead));
        if (all == null) {
            return stored.forLead(workspace, lead, from, to, limit);
        }
        return Note.written(all, from, to, limit);
    }

    private void forget(List<Note> notes) {
        Map<Key, List<Note>> known = batch.current();
        if (known != null) {
            notes.forEach(n -> known.remove(new Key(n.workspace(), n.leadId())));
        }
    }
}
