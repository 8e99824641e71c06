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
import dev.leadscope.persistence.testing.H2Plans;
import dev.leadscope.persistence.testing.H2Support;
import io.micronaut.context.ApplicationContext;
import io.micronaut.jdbc.DataSourceResolver;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bulk loads on H2 set the lead/time index aside only while loading into an empty table, and always build it again. */
class H2EventBulkLoadsTest {
    private static final LeadId LEAD = new LeadId("lead-1");
    private static final Instant FAR_PAST = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant FAR_FUTURE = Instant.parse("2100-01-01T00:00:00Z");
    private static ApplicationContext context;

    private EventBulkLoads loads;
    private ActivityEvents events;
    private WorkspaceId ws;

    @BeforeAll
    static void start() {
        // a database of its own: the shared one holds other tests' events, and a load defers the index only into an empty table
        context = ApplicationContext.builder().environments("test")
                .properties(new HashMap<String, Object>(H2Support.datasourceProperties("bulkloads"))).start();
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @BeforeEach
    void emptyTable() throws SQLException {
        sql("DELETE FROM activity_events");
        loads = context.getBean(EventBulkLoads.class);
        events = context.getBean(ActivityEvents.class);
        ws = Fixtures.freshWorkspace();
    }

    @Test
    void givenAnEmptyTable_whenALoadRuns_thenTheIndexIsSetAsideUntilItEndsAndReadsStayCorrect() throws SQLException {
        List<ActivityEvent> written = batch("a", 50);
        // other leads' events beside them, as in any workspace, so that the lead/time index is the one worth using
        List<ActivityEvent> others = IntStream.range(0, 200)
                .mapToObj(i -> anEvent(ws, "o-" + i, new LeadId("other-" + i % 40)).at(T0.plusSeconds(i)).build()).toList();
        try (EventBulkLoads.Load load = loads.begin()) {
            assertThat(indexExists()).isFalse();
            events.appendAbsent(others);
            events.appendAbsent(written);
            assertThat(events.forLead(ws, LEAD, FAR_PAST, FAR_FUTURE, 100)).containsExactlyElementsOf(written);
        }

        assertThat(indexExists()).isTrue();
        assertThat(events.forLead(ws, LEAD, FAR_PAST, FAR_FUTURE, 100)).containsExactlyElementsOf(written);
        assertThat(leadQueryPlan()).contains(JdbcEventBulkLoads.INDEX);
        // built again as the migrations built it: holding every column a score reads
        assertThat(H2Plans.indexColumns(context, "activity_events", JdbcEventBulkLoads.INDEX))
                .containsExactly("workspace_id", "lead_id", "occurred_at", "id", "type", "category");
    }

    @Test
    void givenStoredEvents_whenALoadRuns_thenTheIndexStays() throws SQLException {
        events.appendAbsent(batch("before", 3));

        try (EventBulkLoads.Load load = loads.begin()) {
            assertThat(indexExists()).isTrue();
            events.appendAbsent(batch("during", 3));
        }

        assertThat(indexExists()).isTrue();
    }

    @Test
    void givenOverlappingLoads_whenTheFirstEnds_thenTheIndexIsBuiltOnlyWhenTheLastEnds() throws SQLException {
        EventBulkLoads.Load first = loads.begin();
        EventBulkLoads.Load second = loads.begin();
        events.appendAbsent(batch("a", 5));

        first.close();
        first.close();
        assertThat(indexExists()).isFalse();
        second.close();

        assertThat(indexExists()).isTrue();
    }

    @Test
    void givenALoadCutShortThatLeftTheIndexMissing_whenTheNextLoadBeginsOnStoredEvents_thenTheIndexIsBuiltFirst() throws SQLException {
        events.appendAbsent(batch("a", 5));
        sql("DROP INDEX " + JdbcEventBulkLoads.INDEX);

        try (EventBulkLoads.Load load = loads.begin()) {
            assertThat(indexExists()).isTrue();
        }
    }

    private List<ActivityEvent> batch(String prefix, int n) {
        return IntStream.range(0, n).mapToObj(i -> anEvent(ws, prefix + "-" + i, LEAD).at(T0.plusSeconds(i)).build()).toList();
    }

    private boolean indexExists() throws SQLException {
        try (Connection c = dataSource().getConnection();
             ResultSet rs = c.getMetaData().getIndexInfo(null, null, "activity_events", false, false)) {
            while (rs.next()) {
                if (JdbcEventBulkLoads.INDEX.equalsIgnoreCase(rs.getString("INDEX_NAME"))) {
                    return true;
                }
            }
            return false;
        }
    }

    private String leadQueryPlan() throws SQLException {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("EXPLAIN SELECT * FROM activity_events WHERE workspace_id = 'w' AND lead_id = 'l'"
                     + " AND occurred_at >= TIMESTAMP WITH TIME ZONE '2024-01-01 00:00:00+00'")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void sql(String statement) throws SQLException {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private static DataSource dataSource() {
        return context.getBean(DataSourceResolver.class).resolve(context.getBean(DataSource.class));
    }
}
