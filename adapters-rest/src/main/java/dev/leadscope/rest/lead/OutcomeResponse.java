package dev.leadscope.rest.lead;

import dev.leadscope.domain.outcome.Outcome;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.Locale;

/** An outcome as stored. */
@Serdeable
public record OutcomeResponse(String id, String leadId, String kind, Double value, String currency, Instant occurredAt, String reason) {

    public static OutcomeResponse from(Outcome o) {
        return new OutcomeResponse(o.id().value(), o.leadId().value(), o.kind().name().toLowerCase(Locale.ROOT), o.value(), o.currency(),
                o.occurredAt(), o.reason());
    }
}
