package dev.leadscope.rest.lead;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.outcome.Outcome;
import dev.leadscope.domain.outcome.OutcomeId;
import dev.leadscope.domain.outcome.OutcomeKind;
import dev.leadscope.rest.common.Fields;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import java.util.UUID;

/** How a lead's journey ended. */
@Serdeable
public record OutcomeRequest(
        @Nullable @Schema(description = "Your id for the outcome (sending it again replaces it); generated when absent") String id,
        @NotBlank @Schema(description = "won, lost or disqualified") String kind,
        @Nullable @Schema(description = "Deal value, >= 0") Double value,
        @Nullable @Schema(description = "ISO 4217 code such as EUR") String currency,
        @Nullable @Schema(description = "Now when absent") Instant occurredAt,
        @Nullable String reason) {

    public Outcome toDomain(WorkspaceId workspace, LeadId lead, Instant now) {
        OutcomeId outcomeId = Fields.named("id", () -> new OutcomeId(id == null ? UUID.randomUUID().toString() : id));
        OutcomeKind outcomeKind = Fields.named("kind", () -> OutcomeKind.parse(kind));
        return Fields.within(null, () -> new Outcome(workspace, outcomeId, lead, outcomeKind, value, currency,
                occurredAt == null ? now : occurredAt, reason));
    }
}
