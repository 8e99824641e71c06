package dev.leadscope.persistence.note;

import dev.leadscope.persistence.support.RowKey;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;

/** Reads and writes {@link NoteRow}s. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface NoteRowRepository extends CrudRepository<NoteRow, RowKey> {

    @Query("SELECT * FROM notes WHERE workspace_id = :workspaceId AND lead_id = :leadId"
            + " AND written_at >= :from AND written_at < :to ORDER BY written_at, id LIMIT :limit")
    List<NoteRow> findForLead(String workspaceId, String leadId, Instant from, Instant to, int limit);

}
