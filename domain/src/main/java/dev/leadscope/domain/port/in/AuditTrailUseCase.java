package dev.leadscope.domain.port.in;

import dev.leadscope.domain.audit.AuditAction;
import dev.leadscope.domain.audit.AuditEntry;
import dev.leadscope.domain.common.Page;
import dev.leadscope.domain.common.PageRequest;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.security.Caller;

/** Records audited acts and reads them back, newest first. Implementations are thread-safe. */
public interface AuditTrailUseCase {

    /** Appends an entry for {@code action} on {@code subject} by {@code by}, stamped with the current time. */
    AuditEntry record(Caller by, AuditAction action, String subject, String detail);

    Page<AuditEntry> entries(WorkspaceId workspace, PageRequest page);
}
