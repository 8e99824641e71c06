package dev.leadscope.domain.outcome;

import dev.leadscope.domain.common.Instants;
import dev.leadscope.domain.common.Texts;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import java.time.Instant;
import java.util.Objects;

/** The end of a lead's journey: won, lost or disqualified, with the deal value and when it happened. */
public record Outcome(WorkspaceId workspace, OutcomeId id, LeadId leadId, OutcomeKind kind, Double value, String currency,
                      Instant occurredAt, String reason) {
    public Outcome {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(leadId, "leadId");
        if (kind == null) {
            throw new IllegalArgumentException("kind must be one of won, lost, disqualified");
        }
        Texts.nonNegative("value", value);
        currency = Texts.optional("currency", currency, 3);
        if (currency != null && !currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency must be a three-letter ISO 4217 code: '" + currency + "'");
        }
        if (occurredAt == null) {
            throw new IllegalArgumentException("occurredAt must not be empty");
        }
        occurredAt = Instants.micros(occurredAt);
        reason = Texts.optional("reason", reason, 1000);
    }

    /** Whether this is a conversion that had happened by {@code t} (at {@code t} included). */
    public boolean wonBy(Instant t) {
        return kind.converted() && !occurredAt.isAfter(t);
    }

    /** Whether the journey had ended (won or lost) strictly before {@code t}. */
    public boolean endedBefore(Instant t) {
        return occurredAt.isBefore(t);
    }
}
