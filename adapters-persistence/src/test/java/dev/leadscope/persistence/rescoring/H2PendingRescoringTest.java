package dev.leadscope.persistence.rescoring;

import dev.leadscope.domain.port.out.PendingRescoring;
import dev.leadscope.domain.port.out.contract.PendingRescoringContractTest;
import dev.leadscope.persistence.testing.SharedContexts;

/** The JDBC pending markers keep the PendingRescoring contract on H2. */
class H2PendingRescoringTest extends PendingRescoringContractTest {
    @Override
    protected PendingRescoring createPending() {
        return SharedContexts.h2().getBean(PendingRescoring.class);
    }
}
