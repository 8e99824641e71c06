package dev.leadscope.persistence.audit;

import dev.leadscope.domain.audit.AuditAction;
import dev.leadscope.domain.audit.AuditEntry;
import dev.leadscope.domain.common.Page;
import dev.leadscope.domain.common.PageRequest;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.port.out.AuditLog;
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

/** The audit log in the {@code audit_log} table, in insertion order. */
@Singleton
public class JdbcAuditLog implements AuditLog {
    private final TransactionOperations<Connection> tx;

    JdbcAuditLog(TransactionOperations<Connection> tx) {
        this.tx = tx;
    }

    @Override
    public void append(AuditEntry e) {
        tx.executeWrite(status -> {
            try (PreparedStatement s = status.getConnection().prepareStatement("INSERT INTO audit_log"
                    + " (workspace_id, id, at, actor, action, subject, detail) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                s.setString(1, e.workspace().value());
                s.setString(2, e.id());
                s.setObject(3, OffsetDateTime.ofInstant(e.at(), ZoneOffset.UTC));
                s.setString(4, e.actor());
                s.setString(5, e.action().name());
                s.setString(6, e.subject());
                s.setString(7, e.detail());
                return s.executeUpdate();
            } catch (SQLException ex) {
                throw new IllegalStateException("cannot write the audit log: " + ex.getMessage(), ex);
            }
        });
    }

    @Override
    public Page<AuditEntry> page(WorkspaceId workspace, PageRequest page) {
        return tx.executeRead(status -> {
            Connection c = status.getConnection();
            try (PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM audit_log WHERE workspace_id = ?");
                 PreparedStatement s = c.prepareStatement("SELECT workspace_id, id, at, actor, action, subject, detail FROM audit_log"
                         + " WHERE workspace_id = ? ORDER BY seq DESC LIMIT ? OFFSET ?")) {
                count.setString(1, workspace.value());
                long total;
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
                s.setString(1, workspace.value());
                s.setInt(2, page.limit());
                s.setInt(3, page.offset());
                List<AuditEntry> items = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        items.add(new AuditEntry(new WorkspaceId(rs.getString(1)), rs.getString(2),
                                rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4), AuditAction.valueOf(rs.getString(5)),
                                rs.getString(6), rs.getString(7)));
                    }
                }
                return new Page<>(items, page.offset(), page.limit(), Math.max(total, items.size()));
            } catch (SQLException ex) {
                throw new IllegalStateException("cannot read the audit log: " + ex.getMessage(), ex);
            }
        });
    }
}
