package dev.leadscope.persistence.event;

import dev.leadscope.domain.port.out.IntentSignals;
import dev.leadscope.domain.port.out.contract.IntentSignalsContractTest;
import dev.leadscope.persistence.testing.SharedContexts;

/** The JDBC IntentSignals store keeps the IntentSignals contract on H2. */
class H2IntentSignalsTest extends IntentSignalsContractTest {
    @Override
    protected IntentSignals createSignals() {
        return SharedContexts.h2().getBean(IntentSignals.class);
    }
}
