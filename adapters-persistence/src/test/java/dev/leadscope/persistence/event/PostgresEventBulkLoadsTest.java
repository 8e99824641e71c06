package dev.leadscope.persistence.event;

import static dev.leadscope.domain.fixtures.Fixtures.T0;
import static dev.leadscope.domain.fixtures.Fixtures.anEvent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.fixtures.Fixtures;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.port.out.ActivityEvents;
import dev.leadscope.domain.port.out.EventBulkLoads;
import dev.leadscope.persistence.testing.SharedContexts;
import io.micronaut.context.ApplicationContext;
import io.micronaut.jdbc.DataSourceResolver;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** On PostgreSQL a bulk load changes nothing: the index stays, and events load and read as ever. */
class PostgresEventBulkLoadsTest {
    private static final Instant FAR_PAST = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant FAR_FUTURE = Instant.parse("2100-01-01T00:00:00Z");

    @Test
    void givenPostgres_whenALoadRuns_thenTheIndexStaysAndEventsReadBack() throws SQLException {
        ApplicationContext context = SharedContexts.postgres();
        ActivityEvents events = context.getBean(ActivityEvents.class);
        WorkspaceId ws = Fixtures.freshWorkspace();
        LeadId lead = new LeadId("lead-1");
        List<ActivityEvent> written = IntStream.range(0, 20).mapToObj(i -> anEvent(ws, "e-" + i, lead).at(T0.plusSeconds(i)).build()).toList();

        try (EventBulkLoads.Load load = context.getBean(EventBulkLoads.class).begin()) {
            assertThat(indexExists(context)).isTrue();
            events.appendAbsent(written);
        }

        assertThat(indexExists(context)).isTrue();
        assertThat(events.forLead(ws, lead, FAR_PAST, FAR_FUTURE, 100)).containsExactlyElementsOf(written);
    }

    private static boolean indexExists(ApplicationContext context) throws SQLException {
        DataSource dataSource = context.getBean(DataSourceResolver.class).resolve(context.getBean(DataSource.class));
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.getMetaData().getIndexInfo(null, null, "activity_events", false, false)) {
            while (rs.next()) {
                if (JdbcEventBulkLoads.INDEX.equalsIgnoreCase(rs.getString("INDEX_NAME"))) {
                    return true;
                }
            }
            return false;
        }
    }
}
