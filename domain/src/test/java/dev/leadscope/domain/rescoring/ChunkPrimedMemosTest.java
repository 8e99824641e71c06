package dev.leadscope.domain.rescoring;

import static dev.leadscope.domain.fixtures.Fixtures.T0;
import static dev.leadscope.domain.fixtures.Fixtures.aLead;
import static dev.leadscope.domain.fixtures.Fixtures.anEvent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.common.PageRequest;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.event.IntentSignal;
import dev.leadscope.domain.fixtures.Fixtures;
import dev.leadscope.domain.fixtures.InMemoryActivityEvents;
import dev.leadscope.domain.fixtures.InMemoryIntentSignals;
import dev.leadscope.domain.fixtures.InMemoryLeads;
import dev.leadscope.domain.fixtures.InMemoryNotes;
import dev.leadscope.domain.fixtures.InMemoryOutcomes;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.note.Note;
import dev.leadscope.domain.outcome.Outcome;
import dev.leadscope.domain.outcome.OutcomeKind;
import dev.leadscope.domain.port.out.LeadFilter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The memos a bulk rescoring's chunk hands its one read to answer from that read, as the stores would (the stores here
 * hold other data, so an answer from a store would show), and only inside the chunk.
 */
class ChunkPrimedMemosTest {
    private final WorkspaceId ws = Fixtures.freshWorkspace();
    private final AccountId account = new AccountId("acc-1");
    private final Lead a = aLead(ws, "a").account("acc-1").createdAt(T0).build();
    private final Lead b = aLead(ws, "b").account("acc-1").createdAt(T0.plusSeconds(1)).build();
    private final Lead alone = aLead(ws, "c").bare().build();
    private final ActivityEvent e1 = anEvent(ws, "e1", a.id()).at(T0.plusSeconds(5)).build();
    private final ActivityEvent e2 = anEvent(ws, "e2", a.id()).at(T0.plusSeconds(50)).build();
    private final Note note = Fixtures.note(ws, "n1", b.id(), T0.plusSeconds(7));
    private final Outcome outcome = Fixtures.outcome(ws, "o1", alone.id(), OutcomeKind.values()[0], T0.plusSeconds(9));
    private final IntentSignal signal = Fixtures.intent(ws, account, "crm", LocalDate.of(2024, 3, 4), 55);

    private ChunkRead read() {
        return new ChunkRead(ws, List.of(a, b, alone), Map.of(account, List.of(a, b)), Map.of(),
                Map.of(a.id(), List.of(e1, e2)), Map.of(b.id(), List.of(note)), Map.of(alone.id(), List.of(outcome)),
                Map.of(account, List.of(signal)));
    }

    @Test
    void givenAChunksRead_whenItsMemosAreAskedInsideTheChunk_thenTheyAnswerFromTheReadAndOutsideFromTheStores() {
        InMemoryLeads leads = new InMemoryLeads();
        leads.save(aLead(ws, "stored-only").account("acc-1").build());
        EventsMemo events = new EventsMemo(new InMemoryActivityEvents());
        IntentMemo intent = new IntentMemo(new InMemoryIntentSignals());
        MembersMemo members = new MembersMemo(leads);
        NotesMemo notes = new NotesMemo(new InMemoryNotes());
        OutcomesMemo outcomes = new OutcomesMemo(new InMemoryOutcomes());
        ChunkRead read = read();

        List<Object> inside = events.during(() -> intent.during(() -> members.during(() -> notes.during(() -> outcomes.during(() -> {
            events.prime(read);
            intent.prime(read);
            members.prime(read);
            notes.prime(read);
            outcomes.prime(read);
            return List.of(
                    events.forLeads(ws, List.of(a.id(), b.id())),
                    events.forLead(ws, a.id(), T0, T0.plusSeconds(10), 10),
                    intent.forAccounts(ws, List.of(account)),
                    members.list(ws, new LeadFilter(account, null, null), new PageRequest(0, PageRequest.MAX_LIMIT)).items(),
                    members.findAll(ws, List.of(alone.id())).keySet(),
                    notes.forLeads(ws, List.of(a.id(), b.id())),
                    notes.forLead(ws, b.id(), T0, T0.plusSeconds(7), 5),
                    outcomes.forLeads(ws, List.of(alone.id(), a.id())),
                    outcomes.forLead(ws, alone.id()));
        })))));

        assertThat(inside).containsExactly(
                Map.of(a.id(), List.of(e1, e2)),
                List.of(e1),
                Map.of(account, List.of(signal)),
                List.of(a, b),
                java.util.Set.of(alone.id()),
                Map.of(b.id(), List.of(note)),
                List.of(),
                Map.of(alone.id(), List.of(outcome)),
                List.of(outcome));
        // outside the chunk every read goes to the stores again
        assertThat(events.forLeads(ws, List.of(a.id()))).isEmpty();
        assertThat(notes.forLeads(ws, List.of(b.id()))).isEmpty();
        assertThat(outcomes.forLead(ws, alone.id())).isEmpty();
        assertThat(members.list(ws, new LeadFilter(account, null, null), new PageRequest(0, PageRequest.MAX_LIMIT)).items())
                .extracting(l -> l.id().value()).containsExactly("stored-only");
    }

    @Test
    void givenANoteSavedInsideTheChunk_whenItsLeadsNotesAreReadAgain_thenTheStoreAnswers() {
        InMemoryNotes store = new InMemoryNotes();
        NotesMemo notes = new NotesMemo(store);
        ChunkRead read = read();
        Note later = Fixtures.note(ws, "n2", b.id(), T0.plusSeconds(8));

        List<Note> after = notes.during(() -> {
            notes.prime(read);
            notes.save(later);
            return notes.forLead(ws, b.id(), T0, T0.plusSeconds(60), 10);
        });

        assertThat(after).containsExactly(later);
    }
}
