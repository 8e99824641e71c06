package dev.leadscope.rest.wiring;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.IntentSignal;
import dev.leadscope.domain.port.out.IntentSignals;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Intent signals that keep each account's signals in memory once one account's are asked for (a lead's history, its
 * qualification), up to {@code records} signals in all, each account for at most {@code ttl}. Signals recorded through
 * this instance drop their accounts once stored; the expiry bounds how long those recorded by another process go
 * unseen. The bulk read (training, the rescoring of every lead after an activation) goes to the store and keeps what it
 * read, so the accounts' first rescorings after it find their intent in memory; the import's lookups go to the store.
 */
final class HotIntentSignals implements IntentSignals {
    private record Key(WorkspaceId workspace, AccountId account) {
    }

    /** The weeks read for every signal of an account, as the histories read them. */
    private static final LocalDate FIRST_WEEK = LocalDate.of(1900, 1, 1);
    private static final LocalDate LAST_WEEK = LocalDate.of(3000, 1, 1);

    private final IntentSignals stored;
    private final Cache<Key, List<IntentSignal>> cache;
    /** Counts the writes stored through this instance, so that a bulk read overlapping one keeps nothing it read. */
    private final AtomicLong writes = new AtomicLong();

    HotIntentSignals(IntentSignals stored, long records, Duration ttl) {
        this.stored = stored;
        this.cache = Caffeine.newBuilder().maximumWeight(records)
                .weigher((Key k, List<IntentSignal> signals) -> Math.max(1, signals.size()))
                .expireAfterWrite(ttl).build();
    }

    @Override
    public void record(IntentSignal signal) {
        stored.record(signal);
        writes.incrementAndGet();
        cache.invalidate(new Key(signal.workspace(), signal.accountId()));
    }

    @Override
    public void recordAll(List<IntentSignal> signals) {
        stored.recordAll(signals);
        writes.incrementAndGet();
        cache.invalidateAll(signals.stream().map(s -> new Key(s.workspace(), s.accountId())).distinct().toList());
    }

    @Override
    public List<IntentSignal> findSame(WorkspaceId workspace, Collection<IntentSignal> signals) {
        return stored.findSame(workspace, signals);
    }

    @Override
    public Map<AccountId, List<IntentSignal>> forAccounts(WorkspaceId workspace, Collection<AccountId> accounts) {
        long before = writes.get();
        Map<AccountId, List<IntentSignal>> read = stored.forAccounts(workspace, accounts);
        Map<Key, List<IntentSignal>> kept = new HashMap<>();
        for (AccountId account : accounts) {
            kept.put(new Key(workspace, account), List.copyOf(read.getOrDefault(account, List.of())));
        }
        cache.putAll(kept);
        // a write stored while the read ran may be missing from it: its drop comes after this put, or else it is seen
        // here as a changed count (a write counts itself before it drops its accounts)
        if (writes.get() != before) {
            cache.invalidateAll(kept.keySet());
        }
        return read;
    }

    @Override
    public List<IntentSignal> forAccount(WorkspaceId workspace, AccountId account, LocalDate from, LocalDate to) {
        // a read under way when a signal is recorded finishes before the drop, which then removes what it read
        List<IntentSignal> all = cache.get(new Key(workspace, account),
                k -> List.copyOf(stored.forAccount(workspace, account, FIRST_WEEK, LAST_WEEK)));
        List<IntentSignal> out = new ArrayList<>();
        for (IntentSignal s : all) {
            if (!s.weekStart().isBefore(from) && s.weekStart().isBefore(to)) {
                out.add(s);
            }
        }
        return out;
    }
}
