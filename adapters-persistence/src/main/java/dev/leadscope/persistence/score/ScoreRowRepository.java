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

    /** Each lead's latest row (latest by time, then by insertion), highest probability first. */
    @Query("SELECT s.* FROM lead_scores s WHERE s.workspace_id = :workspaceId AND NOT EXISTS (SELECT 1 FROM lead_scores n"
            + " WHERE n.workspace_id = s.workspace_id AND n.lead_id = s.lead_id"
            + " AND (n.scored_at > s.scored_at OR (n.scored_at = s.scored_at AND n.id > s.id)))"
            + " ORDER BY s.probability DESC, s.lead_id LIMIT :limit OFFSET :offset")
    List<ScoreRow> findLatestRanked(String workspaceId, int offset, int limit);

    @Query("SELECT COUNT(DISTINCT lead_id) FROM lead_scores WHERE workspace_id = :workspaceId")
    long countScoredLeads(String workspaceId);
}
