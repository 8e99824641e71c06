package dev.leadscope.domain.note;

import dev.leadscope.domain.common.Identifiers;

/** Identifies a note; client-supplied for idempotent imports, generated otherwise. */
public record NoteId(String value) {
    public NoteId {
        Identifiers.require("noteId", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
