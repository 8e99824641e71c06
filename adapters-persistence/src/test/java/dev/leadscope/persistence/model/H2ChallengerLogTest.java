package dev.leadscope.persistence.model;

import dev.leadscope.domain.port.out.ChallengerLog;
import dev.leadscope.domain.port.out.contract.ChallengerLogContractTest;
import dev.leadscope.persistence.testing.SharedContexts;

/** The JDBC adapter keeps the ChallengerLog contract on H2. */
class H2ChallengerLogTest extends ChallengerLogContractTest {
    @Override
    protected ChallengerLog createLog() {
        return SharedContexts.h2().getBean(ChallengerLog.class);
    }
}
