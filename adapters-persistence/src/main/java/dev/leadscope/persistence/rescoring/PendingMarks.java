package dev.leadscope.persistence.rescoring;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * Writes pending-rescoring markers on a connection inside the caller's transaction: the markers' own port and the
 * event log (which marks the leads of the events it stores in the same transaction) share it. A lead has at most one
 * marker row: marking a pending lead again gives its row a newer number in place, and only a lead that is not pending
 * gets a new row, so the table and its index stay as large as the set of pending leads.
 *
 * <p>Leads are written in id order, so two transactions marking overlapping leads (two import writers, or a marker
 * and a rescoring clearing markers in the same order) wait for each other instead of deadlocking. A row that a
 * rescoring deletes between the update and the insert, or that another transaction inserts meanwhile, is tried again.
 * Since overlapping marks now wait for each other's commit, H2's lock timeout is raised while marking.
 */
public final class PendingMarks {
    /** The next marker number: H2's own form finds the sequence once per statement, its {@code nextval('...')} once per row. */
    private static final String NEXT_H2 = "NEXT VALUE FOR rescoring_pending_seq";
    private static final String NEXT_SQL = "nextval('rescoring_pending_seq')";
    private static final String UPDATE = "UPDATE rescoring_pending SET seq = %s, last_marked_at = ? WHERE workspace_id = ? AND lead_id = ?";
    private static final String INSERT = "INSERT INTO rescoring_pending (workspace_id, lead_id, seq, marked_at, last_marked_at)"
            + " VALUES (?, ?, %s, ?, ?) ON CONFLICT DO NOTHING";
    /** Update-then-insert rounds per lead; each round that misses means another transaction changed that lead's row meanwhile. */
    private static final int ROUNDS = 5;
    /**
     * How long a mark waits on H2 for another transaction's hold on the same lead's row: two imports (or an import and a
     * request) may mark overlapping leads, and the first holds its rows until its commit of a whole batch of events,
     * which on a loaded machine can pass H2's default of 2 seconds. (One import's own writers take disjoint leads.
     * PostgreSQL waits without a limit by default.)
     */
    private static final int H2_LOCK_TIMEOUT_MS = 60_000;

    private PendingMarks() {
    }

    /** Marks each distinct lead of {@code leads} pending at {@code at}, with a number newer than any it had. */
    public static void insert(Connection connection, WorkspaceId workspace, Collection<LeadId> leads, Instant at) throws SQLException {
        if (leads.isEmpty()) {
            return;
        }
        OffsetDateTime when = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        List<String> left = new ArrayList<>(new TreeSet<>(leads.stream().map(LeadId::value).toList()));
        Integer lockTimeout = h2LockTimeout(connection);
        String next = lockTimeout != null ? NEXT_H2 : NEXT_SQL;
        String update = UPDATE.formatted(next);
        String insert = INSERT.formatted(next);
        if (lockTimeout != null && lockTimeout < H2_LOCK_TIMEOUT_MS) {
            setH2LockTimeout(connection, H2_LOCK_TIMEOUT_MS);
        }
        try {
            for (int round = 1; !left.isEmpty(); round++) {
                if (round > ROUNDS) {
                    throw new SQLException("marking " + left.size() + " leads pending kept meeting concurrent changes of their markers");
                }
                left = execute(connection, update, workspace, left, when, false);
                if (!left.isEmpty()) {
                    left = execute(connection, insert, workspace, left, when, true);
                }
            }
        } finally {
            if (lockTimeout != null && lockTimeout < H2_LOCK_TIMEOUT_MS) {
                setH2LockTimeout(connection, lockTimeout);
            }
        }
    }

    /** This H2 session's lock timeout in milliseconds; null on another database. */
    private static Integer h2LockTimeout(Connection connection) throws SQLException {
        if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
            return null;
        }
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT LOCK_TIMEOUT()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void setH2LockTimeout(Connection connection, int millis) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("SET LOCK_TIMEOUT " + millis);
        }
    }

    /** Runs {@code sql} once per lead in one batch; returns the leads whose row it did not change. */
    private static List<String> execute(Connection connection, String sql, WorkspaceId workspace, List<String> leads, OffsetDateTime when,
                                        boolean insert) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (String lead : leads) {
                int c = 1;
                if (insert) {
                    s.setString(c++, workspace.value());
                    s.setString(c++, lead);
                    s.setObject(c++, when);
                    s.setObject(c, when);
                } else {
                    s.setObject(c++, when);
                    s.setString(c++, workspace.value());
                    s.setString(c, lead);
                }
                s.addBatch();
            }
            int[] counts = s.executeBatch();
            List<String> missed = new ArrayList<>();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    missed.add(leads.get(i));
                }
            }
            return missed;
        }
    }
}
