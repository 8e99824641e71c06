package dev.leadscope.domain.port.out.contract;

import static dev.leadscope.domain.fixtures.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.fixtures.Fixtures;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.outcome.FeedbackVerdict;
import dev.leadscope.domain.outcome.OutcomeKind;
import dev.leadscope.domain.port.out.Accounts;
import dev.leadscope.domain.port.out.ActivityEvents;
import dev.leadscope.domain.port.out.LeadErasure;
import dev.leadscope.domain.port.out.LeadScores;
import dev.leadscope.domain.port.out.Leads;
import dev.leadscope.domain.port.out.Notes;
import dev.leadscope.domain.port.out.Outcomes;
import dev.leadscope.domain.port.out.RepFeedbacks;
import dev.leadscope.domain.privacy.ErasedLead;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link LeadErasure} must do, against the stores it erases from; subclass once per adapter. */
public abstract class LeadErasureContractTest {
    private static final Instant FAR_PAST = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant FAR_FUTURE = Instant.parse("2100-01-01T00:00:00Z");

    protected abstract LeadErasure erasure();

    protected abstract Accounts accounts();

    protected abstract Leads leads();

    protected abstract ActivityEvents events();

    protected abstract Notes notes();

    protected abstract Outcomes outcomes();

    protected abstract RepFeedbacks feedbacks();

    protected abstract LeadScores scores();

    private void leadWithHistory(WorkspaceId ws, AccountId account, LeadId lead) {
        leads().save(Fixtures.aLead(ws, lead.value()).account(account).build());
        events().appendAbsent(List.of(Fixtures.anEvent(ws, lead.value() + "-e1", lead).build(), Fixtures.anEvent(ws, lead.value() + "-e2", lead)
                .at(T0.plusSeconds(60)).build()));
        notes().save(Fixtures.note(ws, lead.value() + "-n", lead, T0));
        outcomes().save(Fixtures.outcome(ws, lead.value() + "-o", lead, OutcomeKind.WON, T0));
        feedbacks().save(Fixtures.feedback(ws, lead.value() + "-f", lead, FeedbackVerdict.GOOD_FIT, T0));
        scores().append(Fixtures.score(ws, lead, 0.2, T0));
    }

    @Test
    void givenLeadWithHistory_whenErased_thenAllOfItGoesAndTheAccountNeighboursAndOtherWorkspacesStay() {
        WorkspaceId ws = Fixtures.freshWorkspace();
        WorkspaceId other = Fixtures.freshWorkspace();
        AccountId account = new AccountId("acme");
        LeadId lead = new LeadId("lead-1");
        LeadId neighbour = new LeadId("lead-2");
        accounts().save(Fixtures.anAccount(ws, "acme").build());
        accounts().save(Fixtures.anAccount(other, "acme").build());
        leadWithHistory(ws, account, lead);
        leadWithHistory(ws, account, neighbour);
        leadWithHistory(other, account, lead);

        ErasedLead erased = erasure().erase(ws, lead).orElseThrow();

        assertThat(erased).isEqualTo(new ErasedLead(lead, 2, 1, 1, 1, 1));
        assertThat(leads().findById(ws, lead)).isEmpty();
        assertThat(events().forLead(ws, lead, FAR_PAST, FAR_FUTURE, 10)).isEmpty();
        assertThat(notes().forLead(ws, lead, FAR_PAST, FAR_FUTURE, 10)).isEmpty();
        assertThat(outcomes().forLead(ws, lead)).isEmpty();
        assertThat(feedbacks().forLead(ws, lead)).isEmpty();
        assertThat(scores().history(ws, lead, 10)).isEmpty();
        assertThat(accounts().findById(ws, account)).isPresent();
        assertThat(events().forLead(ws, neighbour, FAR_PAST, FAR_FUTURE, 10)).hasSize(2);
        assertThat(leads().findById(other, lead)).isPresent();
        assertThat(events().forLead(other, lead, FAR_PAST, FAR_FUTURE, 10)).hasSize(2);
        assertThat(scores().history(other, lead, 10)).hasSize(1);
    }

    @Test
    void givenNoSuchLead_whenErased_thenEmptyAndNothingChanges() {
        WorkspaceId ws = Fixtures.freshWorkspace();
        assertThat(erasure().erase(ws, new LeadId("nobody"))).isEmpty();
    }
}
