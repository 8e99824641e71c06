package dev.leadscope.persistence.event;

import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.IntentSignal;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;

/** An intent signal as one row of the {@code intent_signals} table, keyed by account, week and topic. */
@MappedEntity("intent_signals")
record IntentRow(@EmbeddedId Key key, int score, @Nullable String provider) {

    /** One signal per workspace, account, week and topic. */
    @Embeddable
    record Key(@MappedProperty("workspace_id") String workspaceId, @MappedProperty("account_id") String accountId,
               @MappedProperty("week_start") LocalDate weekStart, @MappedProperty("topic") String topic) {
    }

    static IntentRow from(IntentSignal signal) {
        return new IntentRow(new Key(signal.workspace().value(), signal.accountId().value(), signal.weekStart(), signal.topic()),
                signal.score(), signal.provider());
    }

    /** Every column {@link #read} reads, all of them in the (workspace, account, week, topic, score, provider) index. */
    static final String COLUMNS = "workspace_id, account_id, week_start, topic, score, provider";

    /**
     * The signal under the cursor of a select of {@link #COLUMNS}, holding {@code workspace} and the account id of
     * {@code accounts} with the row's value (when there is one) instead of copies of their own.
     */
    static IntentSignal read(WorkspaceId workspace, Map<String, AccountId> accounts, ResultSet rs) throws SQLException {
        String accountId = rs.getString(2);
        AccountId account = accounts.get(accountId);
        return new IntentSignal(workspace, account == null ? new AccountId(accountId) : account, rs.getString(4),
                rs.getObject(3, LocalDate.class), rs.getInt(5), rs.getString(6));
    }

    IntentSignal toDomain() {
        return new IntentSignal(new WorkspaceId(key.workspaceId()), new AccountId(key.accountId()), key.topic(), key.weekStart(),
                score, provider);
    }
}
