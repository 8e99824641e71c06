package dev.leadscope.persistence.event;

import dev.leadscope.domain.port.out.IntentSignals;
import dev.leadscope.domain.port.out.contract.IntentSignalsContractTest;
import dev.leadscope.persistence.testing.SharedContexts;

/** The JDBC IntentSignals store keeps the IntentSignals contract on PostgreSQL. */
class PostgresIntentSignalsTest extends IntentSignalsContractTest {
    @Override
    protected IntentSignals createSignals() {
        return SharedContexts.postgres().getBean(IntentSignals.class);
    }
}
