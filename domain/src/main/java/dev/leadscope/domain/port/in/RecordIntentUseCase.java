package dev.leadscope.domain.port.in;

import dev.leadscope.domain.event.IntentSignal;

/** Records third-party intent surges for accounts. */
public interface RecordIntentUseCase {

    /** Stores the signal, replacing any for the same account, topic and week. @throws AccountNotFoundException */
    IntentSignal record(IntentSignal signal);
}
