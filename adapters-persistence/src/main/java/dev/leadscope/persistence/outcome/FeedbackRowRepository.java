package dev.leadscope.persistence.outcome;

import dev.leadscope.persistence.support.RowKey;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

/** Reads and writes {@link FeedbackRow}s. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface FeedbackRowRepository extends CrudRepository<FeedbackRow, RowKey> {

    @Query("SELECT * FROM rep_feedback WHERE workspace_id = :workspaceId AND lead_id = :leadId ORDER BY given_at, id")
    List<FeedbackRow> findForLead(String workspaceId, String leadId);

    @Query("SELECT * FROM rep_feedback WHERE workspace_id = :workspaceId ORDER BY given_at, id")
    List<FeedbackRow> findInWorkspace(String workspaceId);
}
