package dev.leadscope.domain.port.in;

import dev.leadscope.domain.event.IntentSignal;
import java.util.List;

/** Records third-party intent surges for accounts. */
public interface RecordIntentUseCase {

    /** Stores the signal, replacing any for the same account, topic and week. @throws AccountNotFoundException */
    IntentSignal record(IntentSignal signal);

    /**
     * Records each signal like {@link #record}, writing only what changed. One naming an unknown account is
     * {@link UpsertResult.Rejected} and never stops the others. All items belong to one workspace.
     *
     * @return one result per item, in the order given
     */
    List<UpsertResult> recordSignals(List<IntentSignal> items);
}
