package dev.leadscope.domain.port.out;

import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.IntentSignal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Weekly intent surges per account and topic. Implementations are thread-safe. */
public interface IntentSignals {

    /** Stores the signal, replacing any for the same account, topic and week. */
    void record(IntentSignal signal);

    /**
     * Every signal of each of {@code accounts}, oldest week first then by topic per account: the bulk read for
     * training. Accounts without signals are absent. The default reads account by account; adapters override it.
     */
    default Map<AccountId, List<IntentSignal>> forAccounts(WorkspaceId workspace, Collection<AccountId> accounts) {
        Map<AccountId, List<IntentSignal>> out = new java.util.LinkedHashMap<>();
        for (AccountId account : accounts) {
            List<IntentSignal> signals = forAccount(workspace, account, LocalDate.MIN, LocalDate.MAX);
            if (!signals.isEmpty()) {
                out.put(account, signals);
            }
        }
        return out;
    }

    /**
     * Records every signal like {@link #record}, in one transaction where the store has them; when two share an
     * account, topic and week the later one is kept. The batch path of imports.
     */
    default void recordAll(List<IntentSignal> signals) {
        signals.forEach(this::record);
    }

    /**
     * The stored signals of {@code workspace} with the account, topic and week of any of {@code signals} (whatever
     * their score and provider), at most one per account, topic and week, in no particular order.
     */
    default List<IntentSignal> findSame(WorkspaceId workspace, Collection<IntentSignal> signals) {
        return signals.stream()
                .flatMap(s -> forAccount(workspace, s.accountId(), s.weekStart(), s.weekStart().plusDays(1)).stream()
                        .filter(stored -> stored.topic().equals(s.topic())))
                .distinct()
                .toList();
    }

    /** An account's signals for weeks starting in {@code [from, to)}, oldest week first, then by topic. */
    List<IntentSignal> forAccount(WorkspaceId workspace, AccountId account, LocalDate from, LocalDate to);
}
