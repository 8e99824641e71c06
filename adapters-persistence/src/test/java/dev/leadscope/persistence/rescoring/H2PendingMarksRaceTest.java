package dev.leadscope.persistence.rescoring;

import dev.leadscope.persistence.testing.SharedContexts;
import io.micronaut.context.ApplicationContext;

/** Racing marks and clears of pending-rescoring markers on H2. */
class H2PendingMarksRaceTest extends JdbcPendingMarksRaceTest {
    @Override
    ApplicationContext context() {
        return SharedContexts.h2();
    }
}
