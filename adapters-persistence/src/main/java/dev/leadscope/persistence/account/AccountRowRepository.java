package dev.leadscope.persistence.account;

import dev.leadscope.persistence.support.RowKey;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;

/** Reads and writes {@link AccountRow}s. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AccountRowRepository extends CrudRepository<AccountRow, RowKey> {

    String MATCHES = " FROM accounts WHERE workspace_id = :workspaceId"
            + " AND (CAST(:industry AS VARCHAR) IS NULL OR LOWER(industry) = LOWER(:industry))"
            + " AND (CAST(:createdAfter AS TIMESTAMP WITH TIME ZONE) IS NULL OR created_at > :createdAfter)";

    /** Named from the index's leading column: H2 reads the (workspace_id, created_at, id) index in order only then. */
    String BY_CREATED = " ORDER BY workspace_id, created_at, id";

    @Query("SELECT *" + MATCHES + BY_CREATED + " LIMIT :limit OFFSET :offset")
    List<AccountRow> findMatching(String workspaceId, @Nullable String industry, @Nullable Instant createdAfter, int limit, long offset);

    @Query("SELECT COUNT(*)" + MATCHES)
    long countMatching(String workspaceId, @Nullable String industry, @Nullable Instant createdAfter);

    @Query("SELECT COUNT(*) FROM accounts WHERE workspace_id = :workspaceId")
    long countInWorkspace(String workspaceId);
}
