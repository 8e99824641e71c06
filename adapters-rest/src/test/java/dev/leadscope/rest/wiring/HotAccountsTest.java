package dev.leadscope.rest.wiring;

import static dev.leadscope.domain.fixtures.Fixtures.anAccount;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.account.Account;
import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.common.Page;
import dev.leadscope.domain.common.PageRequest;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.port.out.AccountFilter;
import dev.leadscope.domain.port.out.Accounts;
import dev.leadscope.domain.fixtures.InMemoryAccounts;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** An account read by id is answered from memory until it is saved again through the cache. */
class HotAccountsTest {
    private static final WorkspaceId WS = new WorkspaceId("default");
    private static final AccountId A = new AccountId("a");

    private final AtomicInteger reads = new AtomicInteger();
    private final InMemoryAccounts store = new InMemoryAccounts();
    private final Accounts counted = new Accounts() {
        @Override
        public void save(Account account) {
            store.save(account);
        }

        @Override
        public void saveAll(List<Account> accounts) {
            store.saveAll(accounts);
        }

        @Override
        public Optional<Account> findById(WorkspaceId workspace, AccountId id) {
            reads.incrementAndGet();
            return store.findById(workspace, id);
        }

        @Override
        public Map<AccountId, Account> findAll(WorkspaceId workspace, Collection<AccountId> ids) {
            return store.findAll(workspace, ids);
        }

        @Override
        public Set<AccountId> existing(WorkspaceId workspace, Collection<AccountId> ids) {
            return store.existing(workspace, ids);
        }

        @Override
        public Page<Account> list(WorkspaceId workspace, AccountFilter filter, PageRequest page) {
            return store.list(workspace, filter, page);
        }

        @Override
        public long count(WorkspaceId workspace) {
            return store.count(workspace);
        }
    };
    private final HotAccounts hot = new HotAccounts(counted, 1000, Duration.ofMinutes(1));

    @Test
    void givenAnAccountReadOnce_whenReadAgain_thenAnsweredFromMemoryAsTheStoreWould() {
        store.save(anAccount(WS, "a").build());

        Optional<Account> first = hot.findById(WS, A);
        Optional<Account> second = hot.findById(WS, A);

        assertThat(reads).hasValue(1);
        assertThat(second).isEqualTo(first).isEqualTo(store.findById(WS, A));
        assertThat(hot.findAll(WS, List.of(A, new AccountId("none")))).containsOnlyKeys(A);
    }

    @Test
    void givenAnAccountSavedThroughIt_whenReadAgain_thenTheNewVersionIsSeen() {
        store.save(anAccount(WS, "a").build());
        hot.findById(WS, A);

        hot.save(anAccount(WS, "a").name("Renamed GmbH").build());

        assertThat(hot.findById(WS, A)).map(Account::name).contains("Renamed GmbH");
        hot.saveAll(List.of(anAccount(WS, "a").name("Again GmbH").build()));
        assertThat(hot.findById(WS, A)).map(Account::name).contains("Again GmbH");
        assertThat(reads).hasValue(3);
    }

    @Test
    void givenAnAccountNotFound_whenCreatedByAnotherWriterAndReadAgain_thenItIsFound() {
        assertThat(hot.findById(WS, A)).isEmpty();

        store.save(anAccount(WS, "a").build());

        assertThat(hot.findById(WS, A)).isPresent();
    }

    @Test
    void givenAccountsReadInBulk_whenOneIsReadById_thenItIsAnsweredFromWhatTheBulkReadFound() {
        store.save(anAccount(WS, "a").build());

        assertThat(hot.findAll(WS, List.of(A))).containsOnlyKeys(A);

        assertThat(hot.findById(WS, A)).isEqualTo(store.findById(WS, A));
        assertThat(reads).hasValue(0);
    }
}
