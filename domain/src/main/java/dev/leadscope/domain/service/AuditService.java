package dev.leadscope.domain.service;

import dev.leadscope.domain.audit.AuditAction;
import dev.leadscope.domain.audit.AuditEntry;
import dev.leadscope.domain.common.Page;
import dev.leadscope.domain.common.PageRequest;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.port.in.AuditTrailUseCase;
import dev.leadscope.domain.port.out.AuditLog;
import dev.leadscope.domain.security.Caller;
import java.time.Clock;
import java.util.Objects;

/** Stamps audited acts with the time and appends them to the log. */
public final class AuditService implements AuditTrailUseCase {
    private final AuditLog log;
    private final Clock clock;

    public AuditService(AuditLog log, Clock clock) {
        this.log = Objects.requireNonNull(log);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public AuditEntry record(Caller by, AuditAction action, String subject, String detail) {
        AuditEntry entry = AuditEntry.of(by.workspace(), clock.instant(), by.actor(), action, subject, detail);
        log.append(entry);
        return entry;
    }

    @Override
    public Page<AuditEntry> entries(WorkspaceId workspace, PageRequest page) {
        return log.page(workspace, page);
    }
}
