package dev.leadscope.persistence.rescoring;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.port.out.PendingRescoring;
import dev.leadscope.domain.rescoring.PendingLead;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/** Pending-rescoring markers in the {@code rescoring_pending} table, one row per mark, numbered in order. */
@Singleton
public class JdbcPendingRescoring implements PendingRescoring {
    private final TransactionOperations<Connection> tx;

    JdbcPendingRescoring(TransactionOperations<Connection> tx) {
        this.tx = tx;
    }

    @Override
    public void mark(WorkspaceId workspace, Collection<LeadId> leads, Instant at) {
        if (leads.isEmpty()) {
            return;
        }
        tx.executeWrite(status -> {
            try {
                PendingMarks.insert(status.getConnection(), workspace, leads, at);
                return null;
            } catch (SQLException e) {
                throw new IllegalStateException("cannot mark leads for rescoring: " + e.getMessage(), e);
            }
        });
    }

    @Override
    public List<PendingLead> oldest(int limit) {
        return tx.executeRead(status -> {
            try (PreparedStatement s = status.getConnection().prepareStatement("SELECT workspace_id, lead_id, MAX(seq), MIN(marked_at)"
                    + " FROM rescoring_pending GROUP BY workspace_id, lead_id ORDER BY MIN(seq) LIMIT ?")) {
                s.setInt(1, limit);
                List<PendingLead> out = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(new PendingLead(new WorkspaceId(rs.getString(1)), new LeadId(rs.getString(2)), rs.getLong(3),
                                rs.getObject(4, OffsetDateTime.class).toInstant()));
                    }
                }
                return out;
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the leads pending rescoring: " + e.getMessage(), e);
            }
        });
    }

    @Override
    public void clear(Collection<PendingLead> done) {
        if (done.isEmpty()) {
            return;
        }
        tx.executeWrite(status -> {
            try (PreparedStatement s = status.getConnection().prepareStatement(
                    "DELETE FROM rescoring_pending WHERE workspace_id = ? AND lead_id = ? AND seq <= ?")) {
                for (PendingLead p : done) {
                    s.setString(1, p.workspace().value());
                    s.setString(2, p.lead().value());
                    s.setLong(3, p.mark());
                    s.addBatch();
                }
                return s.executeBatch().length;
            } catch (SQLException e) {
                throw new IllegalStateException("cannot clear rescoring markers: " + e.getMessage(), e);
            }
        });
    }

    @Override
    public List<PendingLead> find(WorkspaceId workspace, Collection<LeadId> leads) {
        List<PendingLead> out = new ArrayList<>();
        if (leads.isEmpty()) {
            return out;
        }
        // one statement per lead, looked up by the (workspace_id, lead_id, seq) index: H2 answers an IN list on the
        // index's second column by scanning every marker of the workspace and comparing it with every listed lead
        return tx.executeRead(status -> {
            try (PreparedStatement s = status.getConnection().prepareStatement("SELECT MAX(seq), MIN(marked_at)"
                    + " FROM rescoring_pending WHERE workspace_id = ? AND lead_id = ?")) {
                s.setString(1, workspace.value());
                for (LeadId lead : new LinkedHashSet<>(leads)) {
                    s.setString(2, lead.value());
                    try (ResultSet rs = s.executeQuery()) {
                        if (rs.next()) {
                            long mark = rs.getLong(1);
                            if (!rs.wasNull()) {
                                out.add(new PendingLead(workspace, lead, mark, rs.getObject(2, OffsetDateTime.class).toInstant()));
                            }
                        }
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read rescoring markers: " + e.getMessage(), e);
            }
            return out;
        });
    }

    @Override
    public long count() {
        return tx.executeRead(status -> {
            try (PreparedStatement s = status.getConnection().prepareStatement(
                    "SELECT COUNT(*) FROM (SELECT DISTINCT workspace_id, lead_id FROM rescoring_pending) p");
                 ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot count the leads pending rescoring: " + e.getMessage(), e);
            }
        });
    }
}
