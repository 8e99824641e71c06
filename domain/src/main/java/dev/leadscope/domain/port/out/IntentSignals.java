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

    /** An account's signals for weeks starting in {@code [from, to)}, oldest week first, then by topic. */
    List<IntentSignal> forAccount(WorkspaceId workspace, AccountId account, LocalDate from, LocalDate to);
}
