package dev.leadscope.rest.wiring;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.note.Note;
import dev.leadscope.domain.note.NoteId;
import dev.leadscope.domain.port.out.Notes;
import dev.leadscope.domain.port.out.RecentLeadNotes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Notes that answers a lead's notes from the hot lead state when the lead's entry is in memory (it was just scored, or
 * is in the committee of a lead that was), and from the store otherwise. A note saved drops its lead's entry, so the
 * entry answers as the store would, within the hot state's expiry for notes saved by another process. Saves and reads
 * by id go to the store.
 */
final class HotNotes implements Notes {
    private final RecentLeadNotes hot;
    private final Notes stored;

    HotNotes(RecentLeadNotes hot, Notes stored) {
        this.hot = hot;
        this.stored = stored;
    }

    @Override
    public void save(Note note) {
        stored.save(note);
    }

    @Override
    public void saveAll(List<Note> notes) {
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

    /** The notes in memory as they are, the others read from the store in one bulk read; leads without notes absent. */
    @Override
    public Map<LeadId, List<Note>> forLeads(WorkspaceId workspace, Collection<LeadId> leads) {
        Map<LeadId, List<Note>> known = new LinkedHashMap<>();
        List<LeadId> missing = new ArrayList<>();
        for (LeadId lead : leads) {
            Optional<List<Note>> kept = hot.notesIfKept(workspace, lead);
            if (kept.isPresent()) {
                known.put(lead, kept.get());
            } else {
                missing.add(lead);
            }
        }
        Map<LeadId, List<Note>> read = missing.isEmpty() ? Map.of() : stored.forLeads(workspace, missing);
        Map<LeadId, List<Note>> out = new LinkedHashMap<>();
        for (LeadId lead : leads) {
            List<Note> notes = known.containsKey(lead) ? known.get(lead) : read.getOrDefault(lead, List.of());
            if (!notes.isEmpty()) {
                out.put(lead, notes);
            }
        }
        return out;
    }

    @Override
    public List<Note> forLead(WorkspaceId workspace, LeadId lead, Instant from, Instant to, int limit) {
        Optional<List<Note>> kept = hot.notesIfKept(workspace, lead);
        if (kept.isEmpty()) {
            return stored.forLead(workspace, lead, from, to, limit);
        }
        return Note.written(kept.get(), from, to, limit);
    }
}
