package dev.leadscope.persistence.model;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.monitor.ChallengerDecision;
import dev.leadscope.domain.monitor.ShadowScore;
import dev.leadscope.domain.monitor.Verdict;
import dev.leadscope.domain.port.out.ChallengerLog;
import dev.leadscope.domain.scoring.ModelVersion;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Challenger decisions in {@code challenger_decisions} and shadow scores in {@code shadow_scores}, in insertion order. */
@Singleton
public class JdbcChallengerLog implements ChallengerLog {
    private final TransactionOperations<Connection> tx;

    JdbcChallengerLog(TransactionOperations<Connection> tx) {
        this.tx = tx;
    }

    @Override
    public void record(ChallengerDecision d) {
        tx.executeWrite(status -> {
            try (PreparedStatement s = status.getConnection().prepareStatement("INSERT INTO challenger_decisions"
                    + " (workspace_id, challenger, champion, verdict, as_of, decided_at, figures, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setString(1, d.workspace().value());
                s.setString(2, d.challenger().value());
                s.setString(3, d.champion() == null ? null : d.champion().value());
                s.setString(4, d.verdict().name());
                s.setObject(5, OffsetDateTime.ofInstant(d.asOf(), ZoneOffset.UTC));
                s.setObject(6, OffsetDateTime.ofInstant(d.decidedAt(), ZoneOffset.UTC));
                s.setString(7, ModelJson.write(d.figures()));
                s.setString(8, d.reason());
                return s.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot record the challenger decision: " + e.getMessage(), e);
            }
        });
    }

    @Override
    public List<ChallengerDecision> decisions(WorkspaceId workspace, int limit) {
        return tx.executeRead(status -> {
            try (PreparedStatement s = status.getConnection().prepareStatement("SELECT challenger, champion, verdict, as_of,"
                    + " decided_at, figures, reason FROM challenger_decisions WHERE workspace_id = ? ORDER BY seq DESC LIMIT ?")) {
                s.setString(1, workspace.value());
                s.setInt(2, limit);
                List<ChallengerDecision> out = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        String champion = rs.getString(2);
                        out.add(new ChallengerDecision(workspace, new ModelVersion(rs.getString(1)),
                                champion == null ? null : new ModelVersion(champion), Verdict.valueOf(rs.getString(3)),
                                rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getObject(5, OffsetDateTime.class).toInstant(),
                                ModelJson.numbers(rs.getString(6)), rs.getString(7)));
                    }
                }
                return out;
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the challenger decisions: " + e.getMessage(), e);
            }
        });
    }

    @Override
    public void appendShadow(List<ShadowScore> scores) {
        if (scores.isEmpty()) {
            return;
        }
        tx.executeWrite(status -> {
            try (PreparedStatement s = status.getConnection().prepareStatement("INSERT INTO shadow_scores"
                    + " (workspace_id, model_version, lead_id, probability, scored_at) VALUES (?, ?, ?, ?, ?)")) {
                for (ShadowScore x : scores) {
                    s.setString(1, x.workspace().value());
                    s.setString(2, x.model().value());
                    s.setString(3, x.lead().value());
                    s.setDouble(4, x.probability());
                    s.setObject(5, OffsetDateTime.ofInstant(x.scoredAt(), ZoneOffset.UTC));
                    s.addBatch();
                }
                return s.executeBatch();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot store the shadow scores: " + e.getMessage(), e);
            }
        });
    }

    @Override
    public List<ShadowScore> shadowScores(WorkspaceId workspace, ModelVersion model, int limit) {
        return tx.executeRead(status -> {
            try (PreparedStatement s = status.getConnection().prepareStatement("SELECT lead_id, probability, scored_at FROM shadow_scores"
                    + " WHERE workspace_id = ? AND model_version = ? ORDER BY seq DESC LIMIT ?")) {
                s.setString(1, workspace.value());
                s.setString(2, model.value());
                s.setInt(3, limit);
                List<ShadowScore> out = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(new ShadowScore(workspace, model, new LeadId(rs.getString(1)), rs.getDouble(2),
                                rs.getObject(3, OffsetDateTime.class).toInstant()));
                    }
                }
                return out;
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the shadow scores: " + e.getMessage(), e);
            }
        });
    }
}
