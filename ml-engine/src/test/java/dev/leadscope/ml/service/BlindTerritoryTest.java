package dev.leadscope.ml.service;

import static dev.leadscope.domain.fixtures.Fixtures.aLead;
import static dev.leadscope.domain.fixtures.Fixtures.anAccount;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.account.Account;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.fixtures.Fixtures;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.ml.snapshot.LeadHistory;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A score blind to the rep hides the territory reps are given accounts by, and nothing else of the account. */
class BlindTerritoryTest {
    private final WorkspaceId ws = Fixtures.freshWorkspace();

    @Test
    void givenAnAccountWithACountryAndRegion_whenBlindedToTheRep_thenBothAreHiddenAndTheOtherFirmographicsKept() {
        Account account = anAccount(ws, "acme").build();
        Lead lead = aLead(ws, "l1").account(account.id()).owner("rep.anna").build();
        LeadHistory history = new LeadHistory(lead, account, List.of(), List.of(), List.of(), List.of(), List.of());

        LeadHistory blinded = LeadScoringService.blindToTerritory(history);

        assertThat(account.firmographics().region()).isEqualTo("EMEA");
        assertThat(blinded.account().firmographics().region()).isNull();
        assertThat(blinded.account().firmographics().country()).isNull();
        assertThat(blinded.account().firmographics().industry()).isEqualTo(account.firmographics().industry());
        assertThat(blinded.account().firmographics().employees()).isEqualTo(account.firmographics().employees());
        assertThat(blinded.account().id()).isEqualTo(account.id());
        assertThat(blinded.lead()).isEqualTo(lead);
    }

    @Test
    void givenALeadWithoutAnAccount_whenBlindedToTheRep_thenTheHistoryIsUnchanged() {
        Lead lead = aLead(ws, "l2").account((dev.leadscope.domain.account.AccountId) null).build();
        LeadHistory history = new LeadHistory(lead, null, List.of(), List.of(), List.of(), List.of(), List.of());

        assertThat(LeadScoringService.blindToTerritory(history)).isSameAs(history);
    }
}
