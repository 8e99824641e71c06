package dev.leadscope.persistence.event;

import static dev.leadscope.domain.fixtures.Fixtures.T0;
import static dev.leadscope.domain.fixtures.Fixtures.anEvent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.event.EventId;
import dev.leadscope.domain.fixtures.Fixtures;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.port.out.ActivityEvents;
import io.micronaut.context.ApplicationContext;
import io.micronaut.jdbc.DataSourceResolver;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * An append that meets, after writing other rows in the same statement, an id another transaction holds
 * uncommitted: the race of two import writers on a repeated event id, made deterministic by holding the
 * id open in a transaction of the test's own until the append is seen waiting for it.
 */
abstract class JdbcRacingAppendTest {
    private static final LeadId LEAD = new LeadId("lead-1");
    private static final Duration WAITED = Duration.ofMillis(300);

    /** The shared context of the database under test. */
    abstract ApplicationContext context();

    /**
     * A query counting the other sessions whose insert into activity_events started before its one parameter (a
     * timestamp with time zone, {@link #WAITED} ago) and still runs: writing a handful of rows takes far less, so
     * such an insert is waiting (or retrying) on the held id.
     */
    abstract String waitingInsertsQuery();

    @Test
    void givenAnIdHeldUncommittedByAnotherWriter_whenAnAppendWritesRowsBeforeReachingIt_thenOnlyThatIdIsReportedPresent() throws Exception {
        WorkspaceId ws = Fixtures.freshWorkspace();
        List<ActivityEvent> batch = IntStream.range(0, 6)
                .mapToObj(i -> anEvent(ws, "race-" + i, LEAD).at(T0.plusSeconds(i)).build()).toList();
        ActivityEvent held = batch.get(5);   // the highest id: the append writes the five others first
        ActivityEvents events = context().getBean(ActivityEvents.class);

        CompletableFuture<Set<EventId>> append;
        try (Connection other = rawDataSource().getConnection()) {
            other.setAutoCommit(false);
            assertThat(EventInserts.insert(other, List.of(held))).isEmpty();
            append = CompletableFuture.supplyAsync(() -> events.appendAbsent(batch));
            awaitWaitingInsert();
            other.commit();
        }
        Set<EventId> present = append.get(60, TimeUnit.SECONDS);

        assertThat(present).containsExactly(held.id());
        assertThat(events.count(ws)).isEqualTo(6);
    }

    private DataSource rawDataSource() {
        return context().getBean(DataSourceResolver.class).resolve(context().getBean(DataSource.class));
    }

    /** Polls from a connection of its own: a transaction would see one snapshot of the sessions (PostgreSQL) and one time. */
    private void awaitWaitingInsert() throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try (Connection observer = rawDataSource().getConnection();
                 PreparedStatement s = observer.prepareStatement(waitingInsertsQuery())) {
                s.setObject(1, OffsetDateTime.now(ZoneOffset.UTC).minus(WAITED));
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next() && rs.getLong(1) > 0) {
                        return;
                    }
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the append never waited for the held id");
    }
}
