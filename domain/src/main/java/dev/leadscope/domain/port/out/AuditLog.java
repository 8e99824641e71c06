package dev.leadscope.domain.port.out;

import dev.leadscope.domain.audit.AuditEntry;
import dev.leadscope.domain.common.Page;
import dev.leadscope.domain.common.PageRequest;
import dev.leadscope.domain.common.WorkspaceId;

/** The append-only audit log. Implementations are thread-safe. */
public interface AuditLog {

    void append(AuditEntry entry);

    /** A workspace's entries, newest first. */
    Page<AuditEntry> page(WorkspaceId workspace, PageRequest page);
}
