package dev.leadscope.persistence.rescoring;

import dev.leadscope.domain.port.out.PendingRescoring;
import dev.leadscope.domain.port.out.contract.PendingRescoringContractTest;
import dev.leadscope.persistence.testing.SharedContexts;

/** The JDBC pending markers keep the PendingRescoring contract on PostgreSQL. */
class PostgresPendingRescoringTest extends PendingRescoringContractTest {
    @Override
    protected PendingRescoring createPending() {
        return SharedContexts.postgres().getBean(PendingRescoring.class);
    }
}
