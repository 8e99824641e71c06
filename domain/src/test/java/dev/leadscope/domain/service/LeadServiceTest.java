package dev.leadscope.domain.service;

import static dev.leadscope.domain.fixtures.Fixtures.T0;
import static dev.leadscope.domain.fixtures.Fixtures.anAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.common.PageRequest;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.fixtures.Fixtures;
import dev.leadscope.domain.fixtures.InMemoryAccounts;
import dev.leadscope.domain.fixtures.InMemoryLeads;
import dev.leadscope.domain.lead.Consent;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.lead.RepId;
import dev.leadscope.domain.lead.TitlePolicy;
import dev.leadscope.domain.port.in.AccountNotFoundException;
import dev.leadscope.domain.port.in.AlreadyExistsException;
import dev.leadscope.domain.port.in.LeadNotFoundException;
import dev.leadscope.domain.port.in.ManageLeadsUseCase.LeadDetails;
import dev.leadscope.domain.port.out.LeadFilter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LeadServiceTest {
    private static final Instant NOW = Instant.parse("2024-06-03T12:00:00Z");
    private static final AccountId ACME = new AccountId("acme");
    private final WorkspaceId ws = Fixtures.freshWorkspace();
    private final InMemoryLeads leads = new InMemoryLeads();
    private final InMemoryAccounts accounts = new InMemoryAccounts();
    private final LeadService service = new LeadService(leads, accounts, new TitlePolicy(), Clock.fixed(NOW, ZoneOffset.UTC));

    LeadServiceTest() {
        accounts.save(anAccount(ws, ACME.value()).build());
    }

    private static LeadDetails details(AccountId account, String email, Instant createdAt) {
        return new LeadDetails(account, "Dana", "Okafor", email, "VP Engineering", null, new RepId("rep.anna"), createdAt, null, null);
    }

    @Test
    void givenKnownAccount_whenCreated_thenStoredWithClockTimeAndDefaultConsent() {
        Lead created = service.create(ws, new LeadId("l1"), details(ACME, "dana@acme.example", null));

        assertThat(created.createdAt()).isEqualTo(NOW);
        assertThat(created.consent()).isEqualTo(Consent.DEFAULT);
        assertThat(created.accountId()).isEqualTo(ACME);
        assertThat(leads.findById(ws, created.id())).contains(created);
    }

    @Test
    void givenNoIdAndNoAccount_whenCreated_thenIdGeneratedAndLeadStandsAlone() {
        Lead created = service.create(ws, null, details(null, null, T0));

        assertThat(created.id().value()).isNotBlank();
        assertThat(created.account()).isEmpty();
        assertThat(service.get(ws, created.id())).isEqualTo(created);
    }

    @Test
    void givenUnknownAccount_whenCreated_thenAccountNotFoundAndNothingStored() {
        assertThatThrownBy(() -> service.create(ws, new LeadId("l1"), details(new AccountId("nope"), null, T0)))
                .isInstanceOf(AccountNotFoundException.class).hasMessageContaining("nope");
        assertThat(leads.count(ws)).isZero();
    }

    @Test
    void givenAccountOfAnotherWorkspace_whenCreated_thenAccountNotFound() {
        WorkspaceId other = Fixtures.freshWorkspace();

        assertThatThrownBy(() -> service.create(other, new LeadId("l1"), details(ACME, null, T0)))
                .isInstanceOf(AccountNotFoundException.class);
    }

    @Test
    void givenTakenId_whenCreated_thenAlreadyExists() {
        service.create(ws, new LeadId("l1"), details(ACME, null, T0));

        assertThatThrownBy(() -> service.create(ws, new LeadId("l1"), details(null, null, T0)))
                .isInstanceOf(AlreadyExistsException.class).hasMessageContaining("l1");
    }

    @Test
    void givenInvalidEmail_whenCreated_thenRefusedNamingTheField() {
        assertThatThrownBy(() -> service.create(ws, new LeadId("l1"), details(null, "not-an-address", T0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("email");
    }

    @Test
    void givenStoredLead_whenUpdated_thenDetailsReplacedAndCreationTimeKept() {
        service.create(ws, new LeadId("l1"), details(ACME, "old@acme.example", T0));

        Lead updated = service.update(ws, new LeadId("l1"), details(null, "new@acme.example", T0.plusSeconds(60)));

        assertThat(updated.email()).isEqualTo("new@acme.example");
        assertThat(updated.accountId()).isNull();
        assertThat(updated.createdAt()).isEqualTo(T0);
        assertThat(service.get(ws, updated.id())).isEqualTo(updated);
    }

    @Test
    void givenUnknownLead_whenUpdatedOrRead_thenLeadNotFound() {
        assertThatThrownBy(() -> service.update(ws, new LeadId("ghost"), details(null, null, T0))).isInstanceOf(LeadNotFoundException.class);
        assertThatThrownBy(() -> service.get(ws, new LeadId("ghost"))).isInstanceOf(LeadNotFoundException.class).hasMessageContaining("ghost");
    }

    @Test
    void givenStoredLead_whenUpdatedToUnknownAccount_thenAccountNotFoundAndLeadUnchanged() {
        Lead created = service.create(ws, new LeadId("l1"), details(ACME, null, T0));

        assertThatThrownBy(() -> service.update(ws, new LeadId("l1"), details(new AccountId("nope"), null, T0)))
                .isInstanceOf(AccountNotFoundException.class);
        assertThat(service.get(ws, created.id())).isEqualTo(created);
    }

    @Test
    void givenUpsertTwiceWithoutCreationTime_thenOneLeadWithFirstCreationTime() {
        service.upsert(ws, new LeadId("l1"), details(ACME, "a@acme.example", null));

        Lead second = service.upsert(ws, new LeadId("l1"), details(ACME, "b@acme.example", null));

        assertThat(second.createdAt()).isEqualTo(NOW);
        assertThat(second.email()).isEqualTo("b@acme.example");
        assertThat(leads.count(ws)).isEqualTo(1);
    }

    @Test
    void givenUpsertWithUnknownAccount_thenAccountNotFound() {
        assertThatThrownBy(() -> service.upsert(ws, new LeadId("l1"), details(new AccountId("nope"), null, null)))
                .isInstanceOf(AccountNotFoundException.class);
    }

    @Test
    void givenLeadsAtTwoAccounts_whenListedByAccount_thenOnlyThatAccountsLeads() {
        accounts.save(anAccount(ws, "globex").build());
        service.create(ws, new LeadId("a1"), details(ACME, null, T0));
        service.create(ws, new LeadId("g1"), details(new AccountId("globex"), null, T0));

        assertThat(service.list(ws, new LeadFilter(ACME, null, null), PageRequest.FIRST).items())
                .extracting(l -> l.id().value()).containsExactly("a1");
        assertThat(service.list(ws, null, PageRequest.FIRST).total()).isEqualTo(2);
    }
}
