package dev.leadscope.persistence.event;

import dev.leadscope.domain.port.out.ActivityEvents;
import dev.leadscope.domain.port.out.PendingRescoring;
import dev.leadscope.domain.port.out.contract.ActivityEventsContractTest;
import dev.leadscope.persistence.testing.SharedContexts;

/** The JDBC ActivityEvents store keeps the ActivityEvents contract on PostgreSQL. */
class PostgresActivityEventsTest extends ActivityEventsContractTest {
    @Override
    protected ActivityEvents createEvents() {
        return SharedContexts.postgres().getBean(ActivityEvents.class);
    }

    @Override
    protected PendingRescoring createPending() {
        return SharedContexts.postgres().getBean(PendingRescoring.class);
    }
}
