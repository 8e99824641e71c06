package dev.leadscope.domain.port.out;

import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.IntentSignal;
import java.time.LocalDate;
import java.util.List;

/** Weekly intent surges per account and topic. Implementations are thread-safe. */
public interface IntentSignals {

    /** Stores the signal, replacing any for the same account, topic and week. */
    void record(IntentSignal signal);

    /** An account's signals for weeks starting in {@code [from, to)}, oldest week first, then by topic. */
    List<IntentSignal> forAccount(WorkspaceId workspace, AccountId account, LocalDate from, LocalDate to);
}
