package dev.leadscope.domain.port.out.contract;

import static dev.leadscope.domain.fixtures.Fixtures.T0;
import static dev.leadscope.domain.fixtures.Fixtures.anAccount;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.account.Account;
import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.account.Firmographics;
import dev.leadscope.domain.account.Technographics;
import dev.leadscope.domain.common.Page;
import dev.leadscope.domain.common.PageRequest;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.fixtures.Fixtures;
import dev.leadscope.domain.port.out.AccountFilter;
import dev.leadscope.domain.port.out.Accounts;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link Accounts} store must do; subclass once per adapter. */
public abstract class AccountsContractTest {
    protected Accounts accounts;
    protected WorkspaceId ws;

    /** The store under test; called before each test, after {@link #cleanState()}. */
    protected abstract Accounts createAccounts();

    /** Removes what earlier tests stored, where the store keeps state between tests. */
    protected void cleanState() {
    }

    @BeforeEach
    void setUpStore() {
        cleanState();
        accounts = createAccounts();
        ws = Fixtures.freshWorkspace();
    }

    @Test
    void givenAccountWithEveryField_whenSaved_thenFoundEqual() {
        Account account = anAccount(ws, "acc-1").attributes(Fixtures.attributesOfEveryType()).build();

        accounts.save(account);

        assertThat(accounts.findById(ws, account.id())).contains(account);
    }

    @Test
    void givenAccountWithUnknownFirmographics_whenSaved_thenFoundEqual() {
        Account account = new Account(ws, new AccountId("acc-min"), "Tiny Co", null, Firmographics.UNKNOWN, Technographics.NONE,
                null, null, T0);

        accounts.save(account);

        assertThat(accounts.findById(ws, account.id())).contains(account);
    }

    @Test
    void givenStoredAccount_whenSavedAgainChanged_thenReplacedNotDuplicated() {
        accounts.save(anAccount(ws, "acc-1").employees(10).build());
        Account changed = anAccount(ws, "acc-1").name("Acme Group").employees(900).technologies(Set.of("GCP")).build();

        accounts.save(changed);

        assertThat(accounts.findById(ws, changed.id())).contains(changed);
        assertThat(accounts.count(ws)).isEqualTo(1);
    }

    @Test
    void givenSomeStored_whenSaveAll_thenInsertsNewAndReplacesStored() {
        accounts.save(anAccount(ws, "a").name("Old").build());
        List<Account> batch = List.of(anAccount(ws, "a").name("New").build(), anAccount(ws, "b").build());

        accounts.saveAll(batch);

        assertThat(accounts.count(ws)).isEqualTo(2);
        batch.forEach(a -> assertThat(accounts.findById(ws, a.id())).contains(a));
    }

    @Test
    void givenUnknownId_whenFindById_thenEmpty() {
        assertThat(accounts.findById(ws, new AccountId("none"))).isEmpty();
    }

    @Test
    void givenSomeStored_whenExisting_thenReturnsOnlyStoredIds() {
        accounts.saveAll(List.of(anAccount(ws, "a").build(), anAccount(ws, "b").build()));

        assertThat(accounts.existing(ws, List.of(new AccountId("a"), new AccountId("x"))))
                .containsExactly(new AccountId("a"));
        assertThat(accounts.existing(ws, List.of())).isEmpty();
    }

    @Test
    void givenSomeStored_whenFindAll_thenStoredOnesById() {
        Account a = anAccount(ws, "a").attributes(Fixtures.attributesOfEveryType()).build();
        accounts.saveAll(List.of(a, anAccount(ws, "b").build()));

        assertThat(accounts.findAll(ws, List.of(a.id(), new AccountId("x")))).containsOnly(java.util.Map.entry(a.id(), a));
        assertThat(accounts.findAll(Fixtures.freshWorkspace(), List.of(a.id()))).isEmpty();
        assertThat(accounts.findAll(ws, List.of())).isEmpty();
    }

    @Test
    void givenAccountInWorkspaceA_whenReadFromB_thenNeverSeen() {
        WorkspaceId other = Fixtures.freshWorkspace();
        accounts.save(anAccount(ws, "acc").build());

        assertThat(accounts.findById(other, new AccountId("acc"))).isEmpty();
        assertThat(accounts.existing(other, List.of(new AccountId("acc")))).isEmpty();
        assertThat(accounts.list(other, AccountFilter.ALL, PageRequest.FIRST).total()).isZero();
        assertThat(accounts.count(other)).isZero();
    }

    @Test
    void givenAccountsCreatedAtVariousTimes_whenListed_thenOrderedByCreationThenId() {
        accounts.saveAll(List.of(anAccount(ws, "z").createdAt(T0.minusSeconds(5)).build(),
                anAccount(ws, "b").createdAt(T0).build(), anAccount(ws, "a").createdAt(T0).build()));

        assertThat(accounts.list(ws, AccountFilter.ALL, PageRequest.FIRST).items())
                .extracting(a -> a.id().value()).containsExactly("z", "a", "b");
    }

    @Test
    void givenIndustryInAnotherCase_whenListedByIndustry_thenMatchesIgnoringCase() {
        accounts.saveAll(List.of(anAccount(ws, "1").industry("Software").build(), anAccount(ws, "2").industry("Retail").build(),
                anAccount(ws, "3").industry("SOFTWARE").build(), anAccount(ws, "4").industry(null).build()));

        Page<Account> page = accounts.list(ws, new AccountFilter("software", null), PageRequest.FIRST);

        assertThat(page.items()).extracting(a -> a.id().value()).containsExactly("1", "3");
        assertThat(page.total()).isEqualTo(2);
    }

    @Test
    void givenCreatedAfter_whenListed_thenBoundIsExclusive() {
        accounts.saveAll(List.of(anAccount(ws, "at").createdAt(T0).build(), anAccount(ws, "after").createdAt(T0.plusMillis(1)).build()));

        assertThat(accounts.list(ws, new AccountFilter(null, T0), PageRequest.FIRST).items())
                .extracting(a -> a.id().value()).containsExactly("after");
    }

    @Test
    void givenFiveAccounts_whenPaged_thenSlicesWithTotal() {
        accounts.saveAll(IntStream.range(0, 5).mapToObj(i -> anAccount(ws, "a" + i).createdAt(T0.plusSeconds(i)).build()).toList());

        Page<Account> middle = accounts.list(ws, AccountFilter.ALL, new PageRequest(2, 2));

        assertThat(middle.items()).extracting(a -> a.id().value()).containsExactly("a2", "a3");
        assertThat(middle.total()).isEqualTo(5);
        assertThat(middle.hasMore()).isTrue();
        assertThat(accounts.count(ws)).isEqualTo(5);
    }

    @Test
    void givenTwoThreadsSavingTheSameNewAccount_whenBothFinish_thenOneAccountStored() {
        CyclicBarrier start = new CyclicBarrier(2);
        Account one = anAccount(ws, "race").name("One").build();
        Account two = anAccount(ws, "race").name("Two").build();

        CompletableFuture.allOf(
                CompletableFuture.runAsync(() -> LeadsContractTest.awaitThen(start, () -> accounts.save(one))),
                CompletableFuture.runAsync(() -> LeadsContractTest.awaitThen(start, () -> accounts.save(two)))).join();

        assertThat(accounts.count(ws)).isEqualTo(1);
        assertThat(accounts.findById(ws, one.id()).orElseThrow().name()).isIn("One", "Two");
    }
}
