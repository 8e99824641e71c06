package dev.leadscope.persistence.model;

import dev.leadscope.domain.port.out.ModelHealthLog;
import dev.leadscope.domain.port.out.contract.ModelHealthLogContractTest;
import dev.leadscope.persistence.testing.SharedContexts;

/** The JDBC adapter keeps the ModelHealthLog contract on PostgreSQL. */
class PostgresModelHealthLogTest extends ModelHealthLogContractTest {
    @Override
    protected ModelHealthLog createLog() {
        return SharedContexts.postgres().getBean(ModelHealthLog.class);
    }
}
