package dev.leadscope.domain.service;

import static dev.leadscope.domain.fixtures.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadscope.domain.account.Account;
import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.account.Firmographics;
import dev.leadscope.domain.common.PageRequest;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.fixtures.Fixtures;
import dev.leadscope.domain.fixtures.InMemoryAccounts;
import dev.leadscope.domain.port.in.AccountNotFoundException;
import dev.leadscope.domain.port.in.AlreadyExistsException;
import dev.leadscope.domain.port.in.ManageAccountsUseCase.AccountDetails;
import dev.leadscope.domain.port.out.AccountFilter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AccountServiceTest {
    private static final Instant NOW = Instant.parse("2024-06-03T12:00:00Z");
    private final WorkspaceId ws = Fixtures.freshWorkspace();
    private final InMemoryAccounts accounts = new InMemoryAccounts();
    private final AccountService service = new AccountService(accounts, Clock.fixed(NOW, ZoneOffset.UTC));

    private static AccountDetails details(String name, Instant createdAt) {
        return new AccountDetails(name, "acme.example", Firmographics.UNKNOWN, null, null, null, createdAt);
    }

    @Test
    void givenNoCreationTime_whenCreated_thenStoredWithTheClocksTime() {
        Account created = service.create(ws, new AccountId("acc-1"), details("Acme", null));

        assertThat(created.createdAt()).isEqualTo(NOW);
        assertThat(accounts.findById(ws, new AccountId("acc-1"))).contains(created);
    }

    @Test
    void givenNoId_whenCreated_thenIdGenerated() {
        Account created = service.create(ws, null, details("Acme", T0));

        assertThat(created.id().value()).isNotBlank();
        assertThat(service.get(ws, created.id())).isEqualTo(created);
    }

    @Test
    void givenTakenId_whenCreated_thenAlreadyExistsAndStoredKept() {
        Account first = service.create(ws, new AccountId("acc-1"), details("First", T0));

        assertThatThrownBy(() -> service.create(ws, new AccountId("acc-1"), details("Second", T0)))
                .isInstanceOf(AlreadyExistsException.class).hasMessageContaining("acc-1");
        assertThat(service.get(ws, first.id()).name()).isEqualTo("First");
    }

    @Test
    void givenInvalidName_whenCreated_thenRefusedNamingTheField() {
        assertThatThrownBy(() -> service.create(ws, new AccountId("acc-1"), details("  ", T0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
        assertThat(accounts.count(ws)).isZero();
    }

    @Test
    void givenStoredAccount_whenUpdated_thenDetailsReplacedAndCreationTimeKept() {
        service.create(ws, new AccountId("acc-1"), details("Old", T0));

        Account updated = service.update(ws, new AccountId("acc-1"), details("New", T0.plusSeconds(999)));

        assertThat(updated.name()).isEqualTo("New");
        assertThat(updated.createdAt()).isEqualTo(T0);
        assertThat(service.get(ws, updated.id())).isEqualTo(updated);
    }

    @Test
    void givenUnknownAccount_whenUpdatedOrRead_thenNotFound() {
        AccountId missing = new AccountId("missing");

        assertThatThrownBy(() -> service.update(ws, missing, details("X", T0))).isInstanceOf(AccountNotFoundException.class);
        assertThatThrownBy(() -> service.get(ws, missing)).isInstanceOf(AccountNotFoundException.class).hasMessageContaining("missing");
    }

    @Test
    void givenUpsertTwice_whenSecondHasNoCreationTime_thenCreatedOnceAndCreationTimeKept() {
        service.upsert(ws, new AccountId("acc-1"), details("Acme", T0));

        Account second = service.upsert(ws, new AccountId("acc-1"), details("Acme Group", null));

        assertThat(second.createdAt()).isEqualTo(T0);
        assertThat(second.name()).isEqualTo("Acme Group");
        assertThat(accounts.count(ws)).isEqualTo(1);
    }

    @Test
    void givenUpsertWithCreationTime_whenStored_thenThatTimeWins() {
        service.upsert(ws, new AccountId("acc-1"), details("Acme", T0));

        Account second = service.upsert(ws, new AccountId("acc-1"), details("Acme", T0.minusSeconds(3600)));

        assertThat(second.createdAt()).isEqualTo(T0.minusSeconds(3600));
    }

    @Test
    void givenAccountsInTwoWorkspaces_whenListed_thenOnlyThisWorkspaceAndNullFilterMeansAll() {
        service.create(ws, new AccountId("a"), details("A", T0));
        service.create(Fixtures.freshWorkspace(), new AccountId("b"), details("B", T0));

        assertThat(service.list(ws, null, PageRequest.FIRST).items()).extracting(a -> a.id().value()).containsExactly("a");
        assertThat(service.list(ws, new AccountFilter("retail", null), PageRequest.FIRST).items()).isEmpty();
    }
}
