package dev.leadscope.persistence.outcome;

import dev.leadscope.domain.port.out.RepFeedbacks;
import dev.leadscope.domain.port.out.contract.RepFeedbacksContractTest;
import dev.leadscope.persistence.testing.SharedContexts;

/** The JDBC RepFeedbacks store keeps the RepFeedbacks contract on H2. */
class H2RepFeedbacksTest extends RepFeedbacksContractTest {
    @Override
    protected RepFeedbacks createFeedbacks() {
        return SharedContexts.h2().getBean(RepFeedbacks.class);
    }
}
