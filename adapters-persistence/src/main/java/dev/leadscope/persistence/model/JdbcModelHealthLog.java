package dev.leadscope.persistence.model;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.monitor.HealthMetric;
import dev.leadscope.domain.monitor.HealthPoint;
import dev.leadscope.domain.monitor.HealthRun;
import dev.leadscope.domain.monitor.MetricStatus;
import dev.leadscope.domain.port.out.ModelHealthLog;
import dev.leadscope.domain.scoring.ModelVersion;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The monitor's runs in {@code model_health_runs} with their metrics and points in the two tables beside it. */
@Singleton
public class JdbcModelHealthLog implements ModelHealthLog {
    private final TransactionOperations<Connection> tx;

    JdbcModelHealthLog(TransactionOperations<Connection> tx) {
        this.tx = tx;
    }

    @Override
    public void record(HealthRun run) {
        String id = UUID.randomUUID().toString();
        tx.executeWrite(status -> {
            Connection c = status.getConnection();
            try (PreparedStatement r = c.prepareStatement("INSERT INTO model_health_runs (id, workspace_id, model_version, as_of, ran_at)"
                    + " VALUES (?, ?, ?, ?, ?)");
                 PreparedStatement m = c.prepareStatement("INSERT INTO model_health_metrics (run_id, ordinal, name, metric_value,"
                         + " threshold, status, row_count, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement p = c.prepareStatement("INSERT INTO model_health_points (run_id, ordinal, series, label, expected,"
                         + " actual, row_count) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                r.setString(1, id);
                r.setString(2, run.workspace().value());
                r.setString(3, run.model().value());
                r.setObject(4, OffsetDateTime.ofInstant(run.asOf(), ZoneOffset.UTC));
                r.setObject(5, OffsetDateTime.ofInstant(run.ranAt(), ZoneOffset.UTC));
                r.executeUpdate();
                for (int i = 0; i < run.metrics().size(); i++) {
                    HealthMetric x = run.metrics().get(i);
                    m.setString(1, id);
                    m.setInt(2, i);
                    m.setString(3, x.name());
                    if (x.value() == null) {
                        m.setNull(4, Types.DOUBLE);
                    } else {
                        m.setDouble(4, x.value());
                    }
                    m.setDouble(5, x.threshold());
                    m.setString(6, x.status().name());
                    m.setInt(7, x.count());
                    m.setString(8, x.detail());
                    m.addBatch();
                }
                m.executeBatch();
                for (int i = 0; i < run.points().size(); i++) {
                    HealthPoint x = run.points().get(i);
                    p.setString(1, id);
                    p.setInt(2, i);
                    p.setString(3, x.series());
                    p.setString(4, x.label());
                    p.setDouble(5, x.expected());
                    p.setDouble(6, x.actual());
                    p.setInt(7, x.count());
                    p.addBatch();
                }
                p.executeBatch();
                return null;
            } catch (SQLException e) {
                throw new IllegalStateException("cannot record the model health run: " + e.getMessage(), e);
            }
        });
    }

    @Override
    public Optional<HealthRun> latest(WorkspaceId workspace, ModelVersion model) {
        return history(workspace, model, 1).stream().findFirst();
    }

    @Override
    public List<HealthRun> history(WorkspaceId workspace, ModelVersion model, int limit) {
        return tx.executeRead(status -> {
            Connection c = status.getConnection();
            List<HealthRun> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id, as_of, ran_at FROM model_health_runs WHERE workspace_id = ?"
                    + " AND model_version = ? ORDER BY as_of DESC, seq DESC LIMIT ?")) {
                s.setString(1, workspace.value());
                s.setString(2, model.value());
                s.setInt(3, limit);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        String id = rs.getString(1);
                        out.add(new HealthRun(workspace, model, rs.getObject(2, OffsetDateTime.class).toInstant(),
                                rs.getObject(3, OffsetDateTime.class).toInstant(), metrics(c, id), points(c, id)));
                    }
                }
                return out;
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the model health runs: " + e.getMessage(), e);
            }
        });
    }

    private static List<HealthMetric> metrics(Connection c, String run) throws SQLException {
        List<HealthMetric> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT name, metric_value, threshold, status, row_count, detail"
                + " FROM model_health_metrics WHERE run_id = ? ORDER BY ordinal")) {
            s.setString(1, run);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    double v = rs.getDouble(2);
                    Double value = rs.wasNull() ? null : v;
                    out.add(new HealthMetric(rs.getString(1), value, rs.getDouble(3), MetricStatus.valueOf(rs.getString(4)),
                            rs.getInt(5), rs.getString(6)));
                }
            }
        }
        return out;
    }

    private static List<HealthPoint> points(Connection c, String run) throws SQLException {
        List<HealthPoint> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT series, label, expected, actual, row_count"
                + " FROM model_health_points WHERE run_id = ? ORDER BY ordinal")) {
            s.setString(1, run);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new HealthPoint(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getDouble(4), rs.getInt(5)));
                }
            }
        }
        return out;
    }
}
