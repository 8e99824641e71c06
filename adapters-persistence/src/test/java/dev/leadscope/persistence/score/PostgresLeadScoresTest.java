package dev.leadscope.persistence.score;

import dev.leadscope.domain.port.out.LeadScores;
import dev.leadscope.domain.port.out.contract.LeadScoresContractTest;
import dev.leadscope.persistence.testing.SharedContexts;

/** The JDBC LeadScores store keeps the LeadScores contract on PostgreSQL. */
class PostgresLeadScoresTest extends LeadScoresContractTest {
    @Override
    protected LeadScores createScores() {
        return SharedContexts.postgres().getBean(LeadScores.class);
    }
}
