package dev.leadscope.persistence.event;

import dev.leadscope.persistence.testing.SharedContexts;
import io.micronaut.context.ApplicationContext;

/** Racing appends on H2, which retries a statement that met an uncommitted duplicate without undoing its earlier rows. */
class H2RacingAppendTest extends JdbcRacingAppendTest {
    @Override
    ApplicationContext context() {
        return SharedContexts.h2();
    }

    @Override
    String waitingInsertsQuery() {
        return "SELECT COUNT(*) FROM information_schema.sessions WHERE session_id <> SESSION_ID()"
                + " AND executing_statement LIKE 'INSERT INTO activity_events%'"
                + " AND executing_statement_start < ?";
    }
}
