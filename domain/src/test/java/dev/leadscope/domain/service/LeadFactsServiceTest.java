package dev.leadscope.domain.service;

import static dev.leadscope.domain.fixtures.Fixtures.T0;
import static dev.leadscope.domain.fixtures.Fixtures.aLead;
import static dev.leadscope.domain.fixtures.Fixtures.anAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import dev.leadscope.domain.outcome.FeedbackVerdict;
import dev.leadscope.domain.outcome.Outcome;
import dev.leadscope.domain.outcome.OutcomeKind;
import dev.leadscope.domain.outcome.RepFeedback;
import dev.leadscope.domain.port.in.AccountNotFoundException;
import dev.leadscope.domain.port.in.LeadNotFoundException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LeadFactsServiceTest {
    private static final LeadId LEAD = new LeadId("lead-1");
    private static final AccountId ACME = new AccountId("acme");
    private static final LocalDate WEEK = LocalDate.of(2024, 3, 4);
    private final WorkspaceId ws = Fixtures.freshWorkspace();
    private final InMemoryLeads leads = new InMemoryLeads();
    private final InMemoryAccounts accounts = new InMemoryAccounts();
    private final InMemoryIntentSignals intent = new InMemoryIntentSignals();
    private final InMemoryNotes notes = new InMemoryNotes();
    private final InMemoryOutcomes outcomes = new InMemoryOutcomes();
    private final InMemoryRepFeedbacks feedback = new InMemoryRepFeedbacks();
    private final LeadFactsService service = new LeadFactsService(leads, accounts, intent, notes, outcomes, feedback);

    LeadFactsServiceTest() {
        accounts.save(anAccount(ws, ACME.value()).build());
        leads.save(aLead(ws, LEAD.value()).account(ACME).build());
    }

    @Test
    void givenKnownAccount_whenIntentRecordedTwiceForAWeek_thenLatestKept() {
        service.record(Fixtures.intent(ws, ACME, "crm", WEEK, 40));
        IntentSignal latest = service.record(Fixtures.intent(ws, ACME, "crm", WEEK.plusDays(2), 90));

        assertThat(intent.forAccount(ws, ACME, WEEK, WEEK.plusWeeks(1))).containsExactly(latest);
    }

    @Test
    void givenUnknownAccount_whenIntentRecorded_thenAccountNotFound() {
        assertThatThrownBy(() -> service.record(Fixtures.intent(ws, new AccountId("nope"), "crm", WEEK, 40)))
                .isInstanceOf(AccountNotFoundException.class).hasMessageContaining("nope");
    }

    @Test
    void givenKnownLead_whenNoteOutcomeAndFeedbackRecorded_thenEachStored() {
        Note note = service.record(Fixtures.note(ws, "n1", LEAD, T0));
        Outcome outcome = service.record(Fixtures.outcome(ws, "o1", LEAD, OutcomeKind.WON, T0));
        RepFeedback verdict = service.record(Fixtures.feedback(ws, "f1", LEAD, FeedbackVerdict.GOOD_FIT, T0));

        assertThat(notes.findById(ws, note.id())).contains(note);
        assertThat(outcomes.forLead(ws, LEAD)).containsExactly(outcome);
        assertThat(feedback.forLead(ws, LEAD)).containsExactly(verdict);
    }

    @Test
    void givenUnknownLead_whenNoteOutcomeOrFeedbackRecorded_thenLeadNotFoundAndNothingStored() {
        LeadId ghost = new LeadId("ghost");

        assertThatThrownBy(() -> service.record(Fixtures.note(ws, "n1", ghost, T0))).isInstanceOf(LeadNotFoundException.class);
        assertThatThrownBy(() -> service.record(Fixtures.outcome(ws, "o1", ghost, OutcomeKind.LOST, T0))).isInstanceOf(LeadNotFoundException.class);
        assertThatThrownBy(() -> service.record(Fixtures.feedback(ws, "f1", ghost, FeedbackVerdict.BAD_FIT, T0)))
                .isInstanceOf(LeadNotFoundException.class).hasMessageContaining("ghost");
        assertThat(notes.forLead(ws, ghost, T0.minusSeconds(1), T0.plusSeconds(1), 10)).isEmpty();
        assertThat(outcomes.forLead(ws, ghost)).isEmpty();
        assertThat(feedback.forLead(ws, ghost)).isEmpty();
    }

    @Test
    void givenLeadOfAnotherWorkspace_whenNoteRecordedHere_thenLeadNotFound() {
        WorkspaceId other = Fixtures.freshWorkspace();

        assertThatThrownBy(() -> service.record(Fixtures.note(other, "n1", LEAD, T0))).isInstanceOf(LeadNotFoundException.class);
    }
}
