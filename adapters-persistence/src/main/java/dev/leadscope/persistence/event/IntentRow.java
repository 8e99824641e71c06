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

    /**
     * The columns {@link #read} reads of an account's signals, looked up by account: all in the (workspace, account, week,
     * topic, score, provider) index, bar the two the lookup names.
     */
    static final String SIGNAL_COLUMNS = "week_start, topic, score, provider";

    /** The signal of {@code account} under the cursor of a select of {@link #SIGNAL_COLUMNS}. */
    static IntentSignal read(WorkspaceId workspace, AccountId account, ResultSet rs) throws SQLException {
        return new IntentSignal(workspace, account, rs.getString(2), rs.getObject(1, LocalDate.class), rs.getInt(3), rs.getString(4));
    }

    IntentSignal toDomain() {
        return new IntentSignal(new WorkspaceId(key.workspaceId()), new AccountId(key.accountId()), key.topic(), key.weekStart(),
                score, provider);
    }
}
