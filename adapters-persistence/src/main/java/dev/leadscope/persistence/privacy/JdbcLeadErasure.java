package dev.leadscope.persistence.privacy;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.port.out.LeadErasure;
import dev.leadscope.domain.privacy.ErasedLead;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Erases a lead and the rows that reference it in one transaction; the lead row is locked first, so a concurrent
 * write about the lead waits and then finds it gone.
 */
@Singleton
public class JdbcLeadErasure implements LeadErasure {
    private final TransactionOperations<Connection> tx;

    JdbcLeadErasure(TransactionOperations<Connection> tx) {
        this.tx = tx;
    }

    @Override
    public Optional<ErasedLead> erase(WorkspaceId workspace, LeadId lead) {
        return tx.executeWrite(status -> {
            Connection c = status.getConnection();
            try {
                try (PreparedStatement lock = c.prepareStatement("SELECT id FROM leads WHERE workspace_id = ? AND id = ? FOR UPDATE")) {
                    lock.setString(1, workspace.value());
                    lock.setString(2, lead.value());
                    try (var rs = lock.executeQuery()) {
                        if (!rs.next()) {
                            return Optional.empty();
                        }
                    }
                }
                long events = delete(c, "activity_events", workspace, lead);
                long notes = delete(c, "notes", workspace, lead);
                long outcomes = delete(c, "outcomes", workspace, lead);
                long feedback = delete(c, "rep_feedback", workspace, lead);
                long scores = delete(c, "lead_scores", workspace, lead);
                delete(c, "rescoring_lead_states", workspace, lead);
                delete(c, "rescoring_pending", workspace, lead);
                delete(c, "shadow_scores", workspace, lead); // challengers' scores of the lead go with it
                try (PreparedStatement s = c.prepareStatement("DELETE FROM leads WHERE workspace_id = ? AND id = ?")) {
                    s.setString(1, workspace.value());
                    s.setString(2, lead.value());
                    s.executeUpdate();
                }
                return Optional.of(new ErasedLead(lead, events, notes, outcomes, feedback, scores));
            } catch (SQLException e) {
                throw new IllegalStateException("cannot erase lead " + lead + ": " + e.getMessage(), e);
            }
        });
    }

    private static long delete(Connection c, String table, WorkspaceId workspace, LeadId lead) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table + " WHERE workspace_id = ? AND lead_id = ?")) {
            s.setString(1, workspace.value());
            s.setString(2, lead.value());
            return s.executeUpdate();
        }
    }
}
