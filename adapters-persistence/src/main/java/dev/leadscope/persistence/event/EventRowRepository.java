package dev.leadscope.persistence.event;

import dev.leadscope.persistence.support.RowKey;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;

/** Reads {@link EventRow}s; events are written by {@link JdbcActivityEvents} in JDBC batches. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface EventRowRepository extends GenericRepository<EventRow, RowKey> {

    @Query("SELECT * FROM activity_events WHERE workspace_id = :workspaceId AND lead_id = :leadId"
            + " AND occurred_at >= :from AND occurred_at < :to ORDER BY occurred_at, id LIMIT :limit")
    List<EventRow> findForLead(String workspaceId, String leadId, Instant from, Instant to, int limit);

    @Query("SELECT COUNT(*) FROM activity_events WHERE workspace_id = :workspaceId")
    long countInWorkspace(String workspaceId);

}
