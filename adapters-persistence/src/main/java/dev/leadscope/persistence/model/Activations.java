package dev.leadscope.persistence.model;

import dev.leadscope.domain.scoring.ModelVersion;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The activation log's statements; callers run them inside a transaction. */
final class Activations {

    private Activations() {
    }

    static Optional<ModelVersion> active(Connection c, ModelTables tables, String workspace) {
        try {
            List<Object[]> live = live(c, tables, workspace, 1);
            return live.isEmpty() ? Optional.empty() : Optional.of(new ModelVersion((String) live.get(0)[1]));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the active model: " + e.getMessage(), e);
        }
    }

    static void activate(Connection c, ModelTables tables, String workspace, String version, Instant at) {
        try {
            lockHead(c, tables, workspace);
            List<Object[]> live = live(c, tables, workspace, 1);
            if (!live.isEmpty() && live.get(0)[1].equals(version)) {
                return;
            }
            long next;
            try (PreparedStatement s = c.prepareStatement("SELECT COALESCE(MAX(seq), 0) FROM " + tables.activations() + " WHERE workspace_id = ?")) {
                s.setString(1, workspace);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    next = rs.getLong(1) + 1;
                }
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO " + tables.activations()
                    + " (workspace_id, seq, version, activated_at, rolled_back) VALUES (?, ?, ?, ?, FALSE)")) {
                s.setString(1, workspace);
                s.setLong(2, next);
                s.setString(3, version);
                s.setObject(4, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
                s.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot activate model " + version + ": " + e.getMessage(), e);
        }
    }

    static String rollback(Connection c, ModelTables tables, String workspace) {
        try {
            lockHead(c, tables, workspace);
            List<Object[]> live = live(c, tables, workspace, 2);
            if (live.size() < 2) {
                throw new IllegalStateException("no earlier active model to roll back to");
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE " + tables.activations() + " SET rolled_back = TRUE"
                    + " WHERE workspace_id = ? AND seq = ?")) {
                s.setString(1, workspace);
                s.setLong(2, (Long) live.get(0)[0]);
                s.executeUpdate();
            }
            return (String) live.get(1)[1];
        } catch (SQLException e) {
            throw new IllegalStateException("cannot roll back: " + e.getMessage(), e);
        }
    }

    /** Creates the workspace's head row if needed and locks it until the transaction ends. */
    private static void lockHead(Connection c, ModelTables tables, String workspace) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO " + tables.heads() + " (workspace_id) VALUES (?) ON CONFLICT DO NOTHING")) {
            s.setString(1, workspace);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("SELECT workspace_id FROM " + tables.heads() + " WHERE workspace_id = ? FOR UPDATE")) {
            s.setString(1, workspace);
            s.executeQuery().close();
        }
    }

    private static List<Object[]> live(Connection c, ModelTables tables, String workspace, int limit) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT seq, version FROM " + tables.activations()
                + " WHERE workspace_id = ? AND rolled_back = FALSE ORDER BY seq DESC LIMIT ?")) {
            s.setString(1, workspace);
            s.setInt(2, limit);
            List<Object[]> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new Object[] {rs.getLong(1), rs.getString(2)});
                }
            }
            return out;
        }
    }
}
