package dev.leadscope.persistence.event;

import dev.leadscope.domain.event.IntentSignal;
import dev.leadscope.persistence.support.Chunks;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Plain-JDBC batch reads and writes of intent signals by their key (workspace, account, week, topic): one
 * statement per {@link #KEYS_PER_READ} keys to read, and JDBC batches of updates then inserts to write.
 */
final class IntentBatches {
    static final int KEYS_PER_READ = 500;
    private static final String UPDATE = "UPDATE intent_signals SET score = ?, provider = ?"
            + " WHERE workspace_id = ? AND account_id = ? AND week_start = ? AND topic = ?";
    private static final String INSERT = "INSERT INTO intent_signals (workspace_id, account_id, week_start, topic, score, provider)"
            + " VALUES (?, ?, ?, ?, ?, ?)";

    private IntentBatches() {
    }

    /** The stored rows with the keys of {@code rows} (all of one workspace). */
    static List<IntentRow> find(Connection connection, String workspace, List<IntentRow> rows) throws SQLException {
        List<IntentRow> found = new ArrayList<>();
        for (List<IntentRow> chunk : Chunks.of(rows, KEYS_PER_READ)) {
            String sql = "SELECT s.account_id, s.week_start, s.topic, s.score, s.provider FROM (VALUES "
                    + String.join(", ", Collections.nCopies(chunk.size(), "(?, CAST(? AS DATE), ?)"))
                    + ") AS wanted(account_id, week_start, topic) JOIN intent_signals s ON s.workspace_id = ?"
                    + " AND s.account_id = wanted.account_id AND s.week_start = wanted.week_start AND s.topic = wanted.topic";
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                int c = 1;
                for (IntentRow row : chunk) {
                    select.setString(c++, row.key().accountId());
                    select.setString(c++, row.key().weekStart().toString());
                    select.setString(c++, row.key().topic());
                }
                select.setString(c, workspace);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        found.add(new IntentRow(new IntentRow.Key(workspace, rs.getString(1), rs.getObject(2, java.time.LocalDate.class),
                                rs.getString(3)), rs.getInt(4), rs.getString(5)));
                    }
                }
            }
        }
        return found;
    }

    /** Updates the stored rows among {@code rows} and inserts the others; a row's key appears at most once. */
    static void write(Connection connection, List<IntentRow> rows) throws SQLException {
        List<IntentRow> absent = new ArrayList<>();
        try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
            for (IntentRow row : rows) {
                update.setInt(1, row.score());
                update.setString(2, row.provider());
                bindKey(update, 3, row.key());
                update.addBatch();
            }
            int[] counts = update.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    absent.add(rows.get(i));
                }
            }
        }
        if (absent.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (IntentRow row : absent) {
                bindKey(insert, 1, row.key());
                insert.setInt(5, row.score());
                insert.setString(6, row.provider());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void bindKey(PreparedStatement statement, int first, IntentRow.Key key) throws SQLException {
        statement.setString(first, key.workspaceId());
        statement.setString(first + 1, key.accountId());
        statement.setObject(first + 2, key.weekStart());
        statement.setString(first + 3, key.topic());
    }
}
