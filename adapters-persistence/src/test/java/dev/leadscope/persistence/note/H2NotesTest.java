package dev.leadscope.persistence.note;

import dev.leadscope.domain.port.out.Notes;
import dev.leadscope.domain.port.out.contract.NotesContractTest;
import dev.leadscope.persistence.testing.SharedContexts;

/** The JDBC Notes store keeps the Notes contract on H2. */
class H2NotesTest extends NotesContractTest {
    @Override
    protected Notes createNotes() {
        return SharedContexts.h2().getBean(Notes.class);
    }
}
