package dev.leadscope.domain.service;

import static dev.leadscope.domain.fixtures.Fixtures.T0;
import static dev.leadscope.domain.fixtures.Fixtures.aLead;
import static dev.leadscope.domain.fixtures.Fixtures.anAccount;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.IntentSignal;
import dev.leadscope.domain.fixtures.Fixtures;
import dev.leadscope.domain.fixtures.InMemoryAccounts;
import dev.leadscope.domain.fixtures.InMemoryIntentSignals;
import dev.leadscope.domain.fixtures.InMemoryLeads;
import dev.leadscope.domain.fixtures.InMemoryNotes;
import dev.leadscope.domain.fixtures.InMemoryOutcomes;
import dev.leadscope.domain.fixtures.InMemoryRepFeedbacks;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.note.Note;
import dev.leadscope.domain.note.NoteId;
import dev.leadscope.domain.outcome.Outcome;
import dev.leadscope.domain.outcome.OutcomeKind;
import dev.leadscope.domain.port.in.UpsertResult;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The batch paths of notes, outcomes and intent report per item what the single writes would have done. */
class LeadFactsBatchTest {
    private static final LeadId LEAD = new LeadId("lead-1");
    private static final AccountId ACME = new AccountId("acme");
    private static final LocalDate WEEK = LocalDate.of(2024, 3, 4);
    private final WorkspaceId ws = Fixtures.freshWorkspace();
    private final InMemoryLeads leads = new InMemoryLeads();
    private final InMemoryAccounts accounts = new InMemoryAccounts();
    private final InMemoryIntentSignals intent = new InMemoryIntentSignals();
    private final InMemoryNotes notes = new InMemoryNotes();
    private final InMemoryOutcomes outcomes = new InMemoryOutcomes();
    private final LeadFactsService service = new LeadFactsService(leads, accounts, intent, notes, outcomes, new InMemoryRepFeedbacks());

    LeadFactsBatchTest() {
        accounts.save(anAccount(ws, ACME.value()).build());
        leads.save(aLead(ws, LEAD.value()).account(ACME).build());
    }

    private Note note(String id, String text) {
        return new Note(ws, new NoteId(id), LEAD, "call", "rep.ann", text, T0);
    }

    @Test
    void givenStoredNotes_whenBatchRecorded_thenEachItemCreatedUpdatedUnchangedOrRejectedAndLaterDuplicateKept() {
        service.recordNotes(List.of(note("same", "as before"), note("edited", "old text")));
        Note ghostLead = new Note(ws, new NoteId("ghost"), new LeadId("nobody"), null, null, "who?", T0);

        List<UpsertResult> results = service.recordNotes(List.of(note("same", "as before"), note("edited", "new text"), note("new", "first"),
                ghostLead, note("new", "first"), note("new", "second")));

        assertThat(results).containsExactly(UpsertResult.UNCHANGED, UpsertResult.UPDATED, UpsertResult.CREATED,
                new UpsertResult.Rejected("leadId: lead not found: nobody"), UpsertResult.UNCHANGED, UpsertResult.UPDATED);
        assertThat(notes.findById(ws, new NoteId("edited")).orElseThrow().text()).isEqualTo("new text");
        assertThat(notes.findById(ws, new NoteId("new")).orElseThrow().text()).isEqualTo("second");
        assertThat(notes.findById(ws, new NoteId("ghost"))).isEmpty();
    }

    @Test
    void givenStoredOutcome_whenBatchRecordedAgainAndChanged_thenUnchangedThenUpdated() {
        Outcome lost = Fixtures.outcome(ws, "o1", LEAD, OutcomeKind.LOST, T0);
        service.recordOutcomes(List.of(lost));
        Outcome won = Fixtures.outcome(ws, "o1", LEAD, OutcomeKind.WON, T0.plusSeconds(60));

        assertThat(service.recordOutcomes(List.of(lost))).containsExactly(UpsertResult.UNCHANGED);
        assertThat(service.recordOutcomes(List.of(won, Fixtures.outcome(ws, "o2", new LeadId("nobody"), OutcomeKind.WON, T0))))
                .containsExactly(UpsertResult.UPDATED, new UpsertResult.Rejected("leadId: lead not found: nobody"));
        assertThat(outcomes.forLead(ws, LEAD)).containsExactly(won);
    }

    @Test
    void givenStoredWeek_whenIntentBatchRecorded_thenSameScoreUnchangedOtherScoreUpdatedAndUnknownAccountRejected() {
        service.recordSignals(List.of(Fixtures.intent(ws, ACME, "crm", WEEK, 40)));
        IntentSignal higher = Fixtures.intent(ws, ACME, "crm", WEEK, 90);

        List<UpsertResult> results = service.recordSignals(List.of(Fixtures.intent(ws, ACME, "crm", WEEK, 40), higher,
                Fixtures.intent(ws, ACME, "sso", WEEK, 10), Fixtures.intent(ws, new AccountId("nope"), "crm", WEEK, 5)));

        assertThat(results).containsExactly(UpsertResult.UNCHANGED, UpsertResult.UPDATED, UpsertResult.CREATED,
                new UpsertResult.Rejected("accountId: account not found: nope"));
        assertThat(intent.forAccount(ws, ACME, WEEK, WEEK.plusWeeks(1))).extracting(IntentSignal::score).containsExactly(90, 10);
    }
}
