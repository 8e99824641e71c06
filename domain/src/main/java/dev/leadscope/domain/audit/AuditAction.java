package dev.leadscope.domain.audit;

import java.util.Locale;

/** The acts the audit log records. */
public enum AuditAction {
    KEY_CREATED, KEY_REVOKED, MODEL_ACTIVATED, MODEL_ROLLED_BACK, LEAD_ERASED, FEEDBACK_LABELS, CHALLENGER_DECIDED;

    /** The name as the API writes it: {@code key_created}, ... */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The action written {@code text} (any case). */
    public static AuditAction parse(String text) {
        return valueOf(text.toUpperCase(Locale.ROOT));
    }
}
