package dev.leadscope.persistence.event;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.LocalDate;

/** Reads and writes {@link IntentRow}s. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface IntentRowRepository extends CrudRepository<IntentRow, IntentRow.Key> {

    @Query("UPDATE intent_signals SET score = :score, provider = :provider WHERE workspace_id = :workspaceId"
            + " AND account_id = :accountId AND week_start = :weekStart AND topic = :topic")
    int updateSignal(String workspaceId, String accountId, LocalDate weekStart, String topic, int score, @Nullable String provider);
}
