package dev.leadscope.domain.port.out.contract;

import static dev.leadscope.domain.fixtures.Fixtures.T0;
import static dev.leadscope.domain.fixtures.Fixtures.note;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.fixtures.Fixtures;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.note.Note;
import dev.leadscope.domain.note.NoteId;
import dev.leadscope.domain.port.out.Notes;
import java.time.Instant;
import java.util.stream.IntStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link Notes} store must do; subclass once per adapter. */
public abstract class NotesContractTest {
    private static final LeadId LEAD = new LeadId("lead-1");
    private static final Instant FAR_PAST = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant FAR_FUTURE = Instant.parse("2100-01-01T00:00:00Z");

    protected Notes notes;
    protected WorkspaceId ws;

    /** The store under test; called before each test, after {@link #cleanState()}. */
    protected abstract Notes createNotes();

    /** Removes what earlier tests stored, where the store keeps state between tests. */
    protected void cleanState() {
    }

    @BeforeEach
    void setUpStore() {
        cleanState();
        notes = createNotes();
        ws = Fixtures.freshWorkspace();
    }

    @Test
    void givenNote_whenSaved_thenFoundEqual() {
        Note full = note(ws, "n1", LEAD, T0);
        Note longest = new Note(ws, new NoteId("n2"), LEAD, null, null, "é".repeat(Note.MAX_TEXT), T0.plusSeconds(1));

        notes.save(full);
        notes.save(longest);

        assertThat(notes.findById(ws, full.id())).contains(full);
        assertThat(notes.findById(ws, longest.id())).contains(longest);
        assertThat(notes.findById(ws, new NoteId("n3"))).isEmpty();
    }

    @Test
    void givenStoredNote_whenSavedAgain_thenReplaced() {
        notes.save(note(ws, "n1", LEAD, T0));
        Note edited = new Note(ws, new NoteId("n1"), LEAD, "email", "rep.ben", "Edited: no budget until 2025", T0.plusSeconds(5));

        notes.save(edited);

        assertThat(notes.findById(ws, edited.id())).contains(edited);
        assertThat(notes.forLead(ws, LEAD, FAR_PAST, FAR_FUTURE, 10)).containsExactly(edited);
    }

    @Test
    void givenNotesAroundAWindow_whenForLead_thenHalfOpenOldestFirstUpToLimit() {
        Instant to = T0.plusSeconds(100);
        notes.save(note(ws, "before", LEAD, T0.minusNanos(1_000)));
        notes.save(note(ws, "at-to", LEAD, to));
        IntStream.range(0, 5).forEach(i -> notes.save(note(ws, "in-" + i, LEAD, T0.plusSeconds(50 - 10L * i))));
        notes.save(note(ws, "other-lead", new LeadId("lead-2"), T0.plusSeconds(1)));

        assertThat(notes.forLead(ws, LEAD, T0, to, 100)).extracting(n -> n.id().value())
                .containsExactly("in-4", "in-3", "in-2", "in-1", "in-0");
        assertThat(notes.forLead(ws, LEAD, T0, to, 2)).extracting(n -> n.id().value()).containsExactly("in-4", "in-3");
    }

    @Test
    void givenNoteInWorkspaceA_whenReadFromB_thenNeverSeen() {
        WorkspaceId other = Fixtures.freshWorkspace();
        notes.save(note(ws, "n1", LEAD, T0));

        assertThat(notes.findById(other, new NoteId("n1"))).isEmpty();
        assertThat(notes.forLead(other, LEAD, FAR_PAST, FAR_FUTURE, 10)).isEmpty();
    }

    @Test
    void givenNotesOfSeveralLeads_whenReadInBulk_thenEachLeadGetsItsOwnOldestFirst() {
        LeadId other = new LeadId("lead-other");
        Note late = note(ws, "n1", LEAD, T0.plusSeconds(60));
        Note early = note(ws, "n2", LEAD, T0);
        Note others = note(ws, "n3", other, T0);
        notes.save(late);
        notes.save(early);
        notes.save(others);
        notes.save(note(Fixtures.freshWorkspace(), "n4", LEAD, T0));

        java.util.Map<LeadId, java.util.List<Note>> read = notes.forLeads(ws, java.util.List.of(LEAD, other, new LeadId("none")));

        assertThat(read).containsOnlyKeys(LEAD, other);
        assertThat(read.get(LEAD)).containsExactly(early, late);
        assertThat(read.get(other)).containsExactly(others);
    }

    @Test
    void givenManyNotesSomeStored_whenSavedAll_thenEveryOneStoredAndTheLaterOfTheSameIdKept() {
        notes.save(note(ws, "n0", LEAD, T0));
        List<Note> batch = new ArrayList<>();
        IntStream.range(0, 1_500).forEach(i -> batch.add(note(ws, "n" + i, LEAD, T0.plusSeconds(i + 1))));
        Note twice = new Note(ws, new NoteId("n7"), LEAD, "call", "rep.ann", "Second version of n7", T0.plusSeconds(9_999));
        batch.add(twice);

        notes.saveAll(batch);

        Map<NoteId, Note> found = notes.findAll(ws, batch.stream().map(Note::id).toList());
        assertThat(found).hasSize(1_500);
        assertThat(found.get(new NoteId("n0"))).isEqualTo(batch.get(0));
        assertThat(found.get(new NoteId("n7"))).isEqualTo(twice);
        assertThat(found.get(new NoteId("n1499"))).isEqualTo(batch.get(1_499));
    }

    @Test
    void givenStoredNotes_whenFindAll_thenOnlyStoredIdsOfThatWorkspaceAnswered() {
        notes.saveAll(List.of(note(ws, "n1", LEAD, T0), note(ws, "n2", LEAD, T0)));

        assertThat(notes.findAll(ws, List.of(new NoteId("n1"), new NoteId("missing"), new NoteId("n1")))).containsOnlyKeys(new NoteId("n1"));
        assertThat(notes.findAll(Fixtures.freshWorkspace(), List.of(new NoteId("n1")))).isEmpty();
        assertThat(notes.findAll(ws, List.of())).isEmpty();
    }
}
