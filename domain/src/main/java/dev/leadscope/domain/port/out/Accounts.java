package dev.leadscope.domain.port.out;

import dev.leadscope.domain.account.Account;
import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.common.Page;
import dev.leadscope.domain.common.PageRequest;
import dev.leadscope.domain.common.WorkspaceId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Stores accounts, scoped to one workspace per call. Implementations are thread-safe. */
public interface Accounts {

    /** Inserts the account, or replaces the stored one with the same workspace and id. */
    void save(Account account);

    /** Inserts or replaces every account in one round trip where the store allows it. */
    void saveAll(List<Account> accounts);

    Optional<Account> findById(WorkspaceId workspace, AccountId id);

    /** The stored accounts among {@code ids}, by id; stores that can should answer in one round trip. */
    default Map<AccountId, Account> findAll(WorkspaceId workspace, Collection<AccountId> ids) {
        Map<AccountId, Account> found = new HashMap<>();
        for (AccountId id : ids) {
            findById(workspace, id).ifPresent(a -> found.put(id, a));
        }
        return found;
    }

    /** The subset of {@code ids} that exist in {@code workspace}. */
    Set<AccountId> existing(WorkspaceId workspace, Collection<AccountId> ids);

    /** Accounts matching {@code filter}, ordered by creation time then id, one page at a time. */
    Page<Account> list(WorkspaceId workspace, AccountFilter filter, PageRequest page);

    long count(WorkspaceId workspace);
}
