package dev.leadscope.persistence.audit;

import dev.leadscope.domain.port.out.AuditLog;
import dev.leadscope.domain.port.out.contract.AuditLogContractTest;
import dev.leadscope.persistence.testing.SharedContexts;

/** The JDBC audit log keeps the AuditLog contract on H2. */
class H2AuditLogTest extends AuditLogContractTest {
    @Override
    protected AuditLog createLog() {
        return SharedContexts.h2().getBean(AuditLog.class);
    }
}
