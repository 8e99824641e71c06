package dev.leadscope.persistence.score;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

/** Appends and reads {@link ScoreRow}s. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ScoreRowRepository extends CrudRepository<ScoreRow, Long> {

    @Query("SELECT * FROM lead_scores WHERE workspace_id = :workspaceId AND lead_id = :leadId"
            + " ORDER BY scored_at DESC, id DESC LIMIT :limit")
    List<ScoreRow> findNewestFirst(String workspaceId, String leadId, int limit);
}
