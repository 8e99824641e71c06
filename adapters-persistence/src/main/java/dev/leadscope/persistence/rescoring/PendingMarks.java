package dev.leadscope.persistence.rescoring;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashSet;

/**
 * Writes pending-rescoring markers on a connection inside the caller's transaction: the markers' own port and the
 * event log (which marks the leads of the events it stores in the same transaction) share it.
 */
public final class PendingMarks {
    private static final String INSERT = "INSERT INTO rescoring_pending (workspace_id, lead_id, marked_at) VALUES (?, ?, ?)";

    private PendingMarks() {
    }

    /** Adds one marker at {@code at} per distinct lead of {@code leads}. */
    public static void insert(Connection connection, WorkspaceId workspace, Collection<LeadId> leads, Instant at) throws SQLException {
        if (leads.isEmpty()) {
            return;
        }
        try (PreparedStatement s = connection.prepareStatement(INSERT)) {
            OffsetDateTime when = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
            for (LeadId lead : new LinkedHashSet<>(leads)) {
                s.setString(1, workspace.value());
                s.setString(2, lead.value());
                s.setObject(3, when);
                s.addBatch();
            }
            s.executeBatch();
        }
    }
}
