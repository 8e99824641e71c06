package dev.leadscope.persistence.lead;

import dev.leadscope.persistence.support.RowKey;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;

/** Reads and writes {@link LeadRow}s. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface LeadRowRepository extends CrudRepository<LeadRow, RowKey> {

    String MATCHES = " FROM leads WHERE workspace_id = :workspaceId"
            + " AND (CAST(:accountId AS VARCHAR) IS NULL OR account_id = :accountId)"
            + " AND (CAST(:owner AS VARCHAR) IS NULL OR owner = :owner)"
            + " AND (CAST(:createdAfter AS TIMESTAMP WITH TIME ZONE) IS NULL OR created_at > :createdAfter)";

    /** Named from the index's leading column: H2 reads the (workspace_id, created_at, id) index in order only then. */
    String BY_CREATED = " ORDER BY workspace_id, created_at, id";

    @Query("SELECT *" + MATCHES + BY_CREATED + " LIMIT :limit OFFSET :offset")
    List<LeadRow> findMatching(String workspaceId, @Nullable String accountId, @Nullable String owner, @Nullable Instant createdAfter,
                               int limit, long offset);

    @Query("SELECT COUNT(*)" + MATCHES)
    long countMatching(String workspaceId, @Nullable String accountId, @Nullable String owner, @Nullable Instant createdAfter);

    /** One account's leads: the filter above cannot use the account index (its optional terms hide it from the planner). */
    String IN_ACCOUNT = " FROM leads WHERE workspace_id = :workspaceId AND account_id = :accountId";

    @Query("SELECT *" + IN_ACCOUNT + " ORDER BY created_at, id LIMIT :limit OFFSET :offset")
    List<LeadRow> findInAccount(String workspaceId, String accountId, int limit, long offset);

    @Query("SELECT COUNT(*)" + IN_ACCOUNT)
    long countInAccount(String workspaceId, String accountId);

    @Query("SELECT * FROM leads WHERE workspace_id = :workspaceId" + BY_CREATED)
    List<LeadRow> findInWorkspace(String workspaceId);

    @Query("SELECT COUNT(*) FROM leads WHERE workspace_id = :workspaceId")
    long countInWorkspace(String workspaceId);
}
