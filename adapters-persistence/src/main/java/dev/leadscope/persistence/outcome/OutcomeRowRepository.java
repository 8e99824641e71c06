package dev.leadscope.persistence.outcome;

import dev.leadscope.persistence.support.RowKey;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

/** Reads and writes {@link OutcomeRow}s. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface OutcomeRowRepository extends CrudRepository<OutcomeRow, RowKey> {

    @Query("SELECT * FROM outcomes WHERE workspace_id = :workspaceId AND lead_id = :leadId ORDER BY occurred_at, id")
    List<OutcomeRow> findForLead(String workspaceId, String leadId);

}
