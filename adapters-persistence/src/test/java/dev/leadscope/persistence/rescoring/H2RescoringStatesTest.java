package dev.leadscope.persistence.rescoring;

import dev.leadscope.domain.port.out.RescoringStates;
import dev.leadscope.domain.port.out.contract.RescoringStatesContractTest;
import dev.leadscope.persistence.testing.SharedContexts;

/** The JDBC rescoring states keep the RescoringStates contract on H2. */
class H2RescoringStatesTest extends RescoringStatesContractTest {
    @Override
    protected RescoringStates createStates() {
        return SharedContexts.h2().getBean(RescoringStates.class);
    }
}
