package dev.leadscope.domain.rescoring;

import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.IntentSignal;
import dev.leadscope.domain.port.out.IntentSignals;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Intent signals that, inside {@link #during}, read each account's signals once on the calling thread and answer again
 * from them: a rescoring batch reads an account's intent for the lead's history and again to qualify it. Outside it,
 * every call reads the store. Thread-safe (what is remembered belongs to one thread).
 */
public final class IntentMemo implements IntentSignals {
    private record Key(WorkspaceId workspace, AccountId account) {
    }

    /** The weeks read for "every signal" of an account, as the histories read them. */
    private static final LocalDate FIRST_WEEK = LocalDate.of(1900, 1, 1);
    private static final LocalDate LAST_WEEK = LocalDate.of(3000, 1, 1);

    private final IntentSignals stored;
    private final ThreadBatch<Key, List<IntentSignal>> batch = new ThreadBatch<>();

    public IntentMemo(IntentSignals stored) {
        this.stored = stored;
    }

    /** Runs {@code work} with each account's signals read at most once on this thread (unless recorded meanwhile). */
    public <T> T during(Supplier<T> work) {
        return batch.during(work);
    }

    /**
     * Inside {@link #during}: remembers every signal of each account of a bulk rescoring's chunk as the chunk read them
     * (none for an account it found none of). Outside it, does nothing.
     */
    public void prime(ChunkRead read) {
        Map<Key, List<IntentSignal>> known = batch.current();
        if (known != null) {
            for (AccountId account : read.members().keySet()) {
                known.put(new Key(read.workspace(), account), read.intent().getOrDefault(account, List.of()));
            }
        }
    }

    @Override
    public void record(IntentSignal signal) {
        forget(List.of(signal));
        stored.record(signal);
    }

    @Override
    public void recordAll(List<IntentSignal> signals) {
        forget(signals);
        stored.recordAll(signals);
    }

    @Override
    public List<IntentSignal> findSame(WorkspaceId workspace, Collection<IntentSignal> signals) {
        return stored.findSame(workspace, signals);
    }

    @Override
    public Map<AccountId, List<IntentSignal>> forAccounts(WorkspaceId workspace, Collection<AccountId> accounts) {
        Map<Key, List<IntentSignal>> known = batch.current();
        if (known == null) {
            return stored.forAccounts(workspace, accounts);
        }
        List<AccountId> missing = accounts.stream().distinct().filter(a -> !known.containsKey(new Key(workspace, a))).toList();
        // account by account: the store's query for one account is the cheaper one (most calls miss one account)
        missing.forEach(a -> known.put(new Key(workspace, a), List.copyOf(stored.forAccount(workspace, a, FIRST_WEEK, LAST_WEEK))));
        Map<AccountId, List<IntentSignal>> out = new LinkedHashMap<>();
        for (AccountId a : accounts) {
            List<IntentSignal> signals = known.get(new Key(workspace, a));
            if (!signals.isEmpty()) {
                out.put(a, signals);
            }
        }
        return out;
    }

    @Override
    public List<IntentSignal> forAccount(WorkspaceId workspace, AccountId account, LocalDate from, LocalDate to) {
        if (batch.current() == null) {
            return stored.forAccount(workspace, account, from, to);
        }
        List<IntentSignal> all = forAccounts(workspace, List.of(account)).getOrDefault(account, List.of());
        List<IntentSignal> out = new ArrayList<>();
        for (IntentSignal s : all) {
            if (!s.weekStart().isBefore(from) && s.weekStart().isBefore(to)) {
                out.add(s);
            }
        }
        return out;
    }

    private void forget(List<IntentSignal> signals) {
        Map<Key, List<IntentSignal>> known = batch.current();
        if (known != null) {
            signals.forEach(s -> known.remove(new Key(s.workspace(), s.accountId())));
        }
    }
}
