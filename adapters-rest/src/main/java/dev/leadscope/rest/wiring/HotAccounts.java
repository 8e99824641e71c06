package dev.leadscope.rest.wiring;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.leadscope.domain.account.Account;
import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.common.Page;
import dev.leadscope.domain.common.PageRequest;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.port.out.AccountFilter;
import dev.leadscope.domain.port.out.Accounts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Accounts that keep each account read by id in memory (a lead's history and its qualification read it on every
 * rescoring), up to {@code records} accounts, each for at most {@code ttl}. Accounts saved through this instance are
 * dropped once stored; the expiry bounds how long a change made by another process goes unseen. The bulk read (every
 * lead's history after an activation, training) keeps what it read too. Lists, counts and the existence checks go to
 * the store.
 */
final class HotAccounts implements Accounts {
    private record Key(WorkspaceId workspace, AccountId account) {
    }

    private final Accounts stored;
    private final Cache<Key, Account> cache;
    /** Counts the saves made through this instance, so that a bulk read overlapping one keeps nothing it read. */
    private final AtomicLong writes = new AtomicLong();

    HotAccounts(Accounts stored, long records, Duration ttl) {
        this.stored = stored;
        this.cache = Caffeine.newBuilder().maximumSize(records).expireAfterWrite(ttl).build();
    }

    @Override
    public void save(Account account) {
        stored.save(account);
        writes.incrementAndGet();
        cache.invalidate(new Key(account.workspace(), account.id()));
    }

    @Override
    public void saveAll(List<Account> accounts) {
        stored.saveAll(accounts);
        writes.incrementAndGet();
        cache.invalidateAll(accounts.stream().map(a -> new Key(a.workspace(), a.id())).toList());
    }

    @Override
    public Optional<Account> findById(WorkspaceId workspace, AccountId id) {
        // a read under way when the account is saved finishes before the drop, which then removes what it read;
        // an account not found is not kept (one created by another process is seen at once)
        return Optional.ofNullable(cache.get(new Key(workspace, id), k -> stored.findById(workspace, id).orElse(null)));
    }

    @Override
    public Map<AccountId, Account> findAll(WorkspaceId workspace, Collection<AccountId> ids) {
        Map<AccountId, Account> found = new HashMap<>();
        List<AccountId> missing = new ArrayList<>();
        for (AccountId id : ids) {
            Account known = cache.getIfPresent(new Key(workspace, id));
            if (known != null) {
                found.put(id, known);
            } else {
                missing.add(id);
            }
        }
        if (missing.isEmpty()) {
            return found;
        }
        long before = writes.get();
        Map<AccountId, Account> read = stored.findAll(workspace, missing);
        Map<Key, Account> kept = new HashMap<>();
        read.forEach((id, account) -> kept.put(new Key(workspace, id), account));
        cache.putAll(kept);
        // a save stored while the read ran may be missing from it: its drop comes after this put, or else it is seen
        // here as a changed count (a save counts itself before it drops its account)
        if (writes.get() != before) {
            cache.invalidateAll(kept.keySet());
        }
        found.putAll(read);
        return found;
    }

    @Override
    public Set<AccountId> existing(WorkspaceId workspace, Collection<AccountId> ids) {
        return stored.existing(workspace, ids);
    }

    @Override
    public Page<Account> list(WorkspaceId workspace, AccountFilter filter, PageRequest page) {
        return stored.list(workspace, filter, page);
    }

    @Override
    public long count(WorkspaceId workspace) {
        return stored.count(workspace);
    }
}
