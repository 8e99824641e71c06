package dev.leadscope.domain.port.in;

import dev.leadscope.domain.note.Note;
import java.util.List;

/** Records notes about leads. */
public interface RecordNoteUseCase {

    /** Stores the note (replacing one with the same id). @throws LeadNotFoundException */
    Note record(Note note);

    /**
     * Records each note like {@link #record}, writing only what changed. One naming an unknown lead is
     * {@link UpsertResult.Rejected} and never stops the others. All items belong to one workspace.
     *
     * @return one result per item, in the order given
     */
    List<UpsertResult> recordNotes(List<Note> items);
}
