package dev.leadscope.domain.port.out;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.note.Note;
import java.util.List;
import java.util.Optional;

/**
 * Every note of a lead, from memory, while whoever keeps lead histories (the scorer's hot lead state) holds them: lets
 * qualification, which runs right after a lead is scored, skip reading them again. Implementations are thread-safe.
 */
public interface RecentLeadNotes {

    /** All the lead's notes, oldest first, when they are kept in memory; empty when they must be read from the store. */
    Optional<List<Note>> notesIfKept(WorkspaceId workspace, LeadId lead);
}
