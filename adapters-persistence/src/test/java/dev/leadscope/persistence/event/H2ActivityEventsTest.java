package dev.leadscope.persistence.event;

import dev.leadscope.domain.port.out.ActivityEvents;
import dev.leadscope.domain.port.out.PendingRescoring;
import dev.leadscope.domain.port.out.contract.ActivityEventsContractTest;
import dev.leadscope.persistence.testing.SharedContexts;

/** The JDBC ActivityEvents store keeps the ActivityEvents contract on H2. */
class H2ActivityEventsTest extends ActivityEventsContractTest {
    @Override
    protected ActivityEvents createEvents() {
        return SharedContexts.h2().getBean(ActivityEvents.class);
    }

    @Override
    protected PendingRescoring createPending() {
        return SharedContexts.h2().getBean(PendingRescoring.class);
    }
}
