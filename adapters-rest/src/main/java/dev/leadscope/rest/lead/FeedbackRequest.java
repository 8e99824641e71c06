package dev.leadscope.rest.lead;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.lead.RepId;
import dev.leadscope.domain.outcome.FeedbackVerdict;
import dev.leadscope.domain.outcome.RepFeedback;
import dev.leadscope.rest.common.Fields;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import java.util.UUID;

/** A rep's verdict on a lead's fit. */
@Serdeable
public record FeedbackRequest(
        @Nullable @Schema(description = "Your id for the feedback (sending it again replaces it); generated when absent") String id,
        @NotBlank @Schema(description = "The rep giving the verdict") String givenBy,
        @NotBlank @Schema(description = "good_fit or bad_fit") String verdict,
        @Nullable String reason,
        @Nullable @Schema(description = "Now when absent") Instant givenAt) {

    public RepFeedback toDomain(WorkspaceId workspace, LeadId lead, Instant now) {
        String feedbackId = id == null ? UUID.randomUUID().toString() : id;
        RepId rep = Fields.named("givenBy", () -> new RepId(givenBy));
        FeedbackVerdict parsed = Fields.named("verdict", () -> FeedbackVerdict.parse(verdict));
        return Fields.within(null, () -> {
            try {
                return new RepFeedback(workspace, feedbackId, lead, rep, parsed, reason, givenAt == null ? now : givenAt);
            } catch (IllegalArgumentException e) {
                throw e.getMessage() != null && e.getMessage().startsWith("feedbackId")
                        ? new IllegalArgumentException("id" + e.getMessage().substring("feedbackId".length())) : e;
            }
        });
    }
}
