package dev.leadscope.persistence.outcome;

import dev.leadscope.domain.port.out.RepFeedbacks;
import dev.leadscope.domain.port.out.contract.RepFeedbacksContractTest;
import dev.leadscope.persistence.testing.SharedContexts;

/** The JDBC RepFeedbacks store keeps the RepFeedbacks contract on PostgreSQL. */
class PostgresRepFeedbacksTest extends RepFeedbacksContractTest {
    @Override
    protected RepFeedbacks createFeedbacks() {
        return SharedContexts.postgres().getBean(RepFeedbacks.class);
    }
}
