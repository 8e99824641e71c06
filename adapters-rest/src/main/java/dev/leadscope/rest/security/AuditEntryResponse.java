package dev.leadscope.rest.security;

import dev.leadscope.domain.audit.AuditEntry;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** One audit log entry. */
@Serdeable
public record AuditEntryResponse(String id, Instant at, String actor, String action, String subject, String detail) {

    public static AuditEntryResponse from(AuditEntry e) {
        return new AuditEntryResponse(e.id(), e.at(), e.actor(), e.action().wireName(), e.subject(), e.detail());
    }
}
