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
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Pending-rescoring markers in the {@code rescoring_pending} table: one row per pending lead, whose number ({@code seq})
 * is renewed by every mark ({@link PendingMarks}). A clear removes a row only when its number is still the one read;
 * a row marked again since keeps waiting, with the time of that newer mark as its oldest.
 */
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

    /** Served by the marked_at index (migration V11), so a sweep reads the oldest marks, not the whole table. */
    static final String OLDEST = "SELECT workspace_id, lead_id, seq, marked_at FROM rescoring_pending ORDER BY marked_at, seq LIMIT ?";

    @Override
    public List<PendingLead> oldest(int limit) {
        return tx.executeRead(status -> {
            try (PreparedStatement s = status.getConnection().prepareStatement(OLDEST)) {
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
        // in the order markers are written (PendingMarks), so a clear and a mark of the same leads wait rather than deadlock
        List<PendingLead> ordered = done.stream().sorted(Comparator.comparing((PendingLead p) -> p.workspace().value())
                .thenComparing(p -> p.lead().value())).toList();
        tx.executeWrite(status -> {
            try (PreparedStatement delete = status.getConnection().prepareStatement(
                    "DELETE FROM rescoring_pending WHERE workspace_id = ? AND lead_id = ? AND seq <= ?");
                 PreparedStatement renew = status.getConnection().prepareStatement(
                    "UPDATE rescoring_pending SET marked_at = last_marked_at WHERE workspace_id = ? AND lead_id = ? AND seq > ?")) {
                for (PendingLead p : ordered) {
                    bind(delete, p);
                    delete.addBatch();
                }
                int[] deleted = delete.executeBatch();
                boolean renewing = false;
                for (int i = 0; i < deleted.length; i++) {
                    if (deleted[i] == 0) {
                        // marked again after it was read: what waits now is that newer mark
                        bind(renew, ordered.get(i));
                        renew.addBatch();
                        renewing = true;
                    }
                }
                if (renewing) {
                    renew.executeBatch();
                }
                return null;
            } catch (SQLException e) {
                throw new IllegalStateException("cannot clear rescoring markers: " + e.getMessage(), e);
            }
        });
    }

    private static void bind(PreparedStatement s, PendingLead p) throws SQLException {
        s.setString(1, p.workspace().value());
        s.setString(2, p.lead().value());
        s.setLong(3, p.mark());
    }

    @Override
    public List<PendingLead> find(WorkspaceId workspace, Collection<LeadId> leads) {
        List<PendingLead> out = new ArrayList<>();
        if (leads.isEmpty()) {
            return out;
        }
        // one statement per lead, looked up by the primary key (one row per lead): H2 answers an IN list on the key's
        // second column by scanning every marker of the workspace and comparing it with every listed lead
        return tx.executeRead(status -> {
            try (PreparedStatement s = status.getConnection().prepareStatement("SELECT seq, marked_at"
                    + " FROM rescoring_pending WHERE workspace_id = ? AND lead_id = ?")) {
                s.setString(1, workspace.value());
                for (LeadId lead : new LinkedHashSet<>(leads)) {
                    s.setString(2, lead.value());
                    try (ResultSet rs = s.executeQuery()) {
                        if (rs.next()) {
                            Instant marked = rs.getObject(2, OffsetDateTime.class).toInstant();
                            out.add(new PendingLead(workspace, lead, rs.getLong(1), marked));
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
                    "SELECT COUNT(*) FROM rescoring_pending");
                 ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot count the leads pending rescoring: " + e.getMessage(), e);
            }
        });
    }
}
