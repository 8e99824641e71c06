package dev.leadscope.domain.audit;

import dev.leadscope.domain.common.Texts;
import dev.leadscope.domain.common.WorkspaceId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One audited act: when, by whom, what, on which subject (a key id, a model version, a lead id), and a short detail.
 * Entries are only ever appended.
 */
public record AuditEntry(WorkspaceId workspace, String id, Instant at, String actor, AuditAction action, String subject, String detail) {
    public AuditEntry {
        Objects.requireNonNull(workspace, "workspace must not be empty");
        Objects.requireNonNull(at, "at must not be empty");
        Objects.requireNonNull(action, "action must not be empty");
        id = Texts.required("id", id, 64);
        actor = Texts.required("actor", actor, 200);
        subject = Texts.required("subject", subject, 200);
        detail = Texts.optional("detail", detail, 2000);
    }

    /** A new entry with a fresh id. */
    public static AuditEntry of(WorkspaceId workspace, Instant at, String actor, AuditAction action, String subject, String detail) {
        return new AuditEntry(workspace, UUID.randomUUID().toString(), at, actor, action, subject, detail);
    }
}
