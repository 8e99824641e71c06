package dev.leadscope.persistence.event;

import dev.leadscope.persistence.testing.SharedContexts;
import io.micronaut.context.ApplicationContext;

/** Racing appends on PostgreSQL, where the append waits on the held id's index entry. */
class PostgresRacingAppendTest extends JdbcRacingAppendTest {
    @Override
    ApplicationContext context() {
        return SharedContexts.postgres();
    }

    @Override
    String waitingInsertsQuery() {
        return "SELECT COUNT(*) FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND wait_event_type = 'Lock'"
                + " AND query LIKE 'INSERT INTO activity_events%' AND query_start < ?";
    }
}
