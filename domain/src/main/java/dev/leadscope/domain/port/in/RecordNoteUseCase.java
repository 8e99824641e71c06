package dev.leadscope.domain.port.in;

import dev.leadscope.domain.note.Note;

/** Records notes about leads. */
public interface RecordNoteUseCase {

    /** Stores the note (replacing one with the same id). @throws LeadNotFoundException */
    Note record(Note note);
}
