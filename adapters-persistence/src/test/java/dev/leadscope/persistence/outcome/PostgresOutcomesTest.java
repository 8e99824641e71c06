package dev.leadscope.persistence.outcome;

import dev.leadscope.domain.port.out.Outcomes;
import dev.leadscope.domain.port.out.contract.OutcomesContractTest;
import dev.leadscope.persistence.testing.SharedContexts;

/** The JDBC Outcomes store keeps the Outcomes contract on PostgreSQL. */
class PostgresOutcomesTest extends OutcomesContractTest {
    @Override
    protected Outcomes createOutcomes() {
        return SharedContexts.postgres().getBean(Outcomes.class);
    }
}
