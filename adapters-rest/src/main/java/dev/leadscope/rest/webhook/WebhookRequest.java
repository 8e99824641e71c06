package dev.leadscope.rest.webhook;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.port.in.ManageWebhooksUseCase.CreateWebhook;
import dev.leadscope.domain.webhook.WebhookSubscription;
import dev.leadscope.rest.common.Fields;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** A webhook to subscribe in the caller's workspace. */
@Serdeable
public record WebhookRequest(
        @NotBlank @Schema(description = "http or https URL that receives the POSTs") String url,
        @Nullable @Schema(description = "16 to 256 characters that sign deliveries; generated (and shown once) when absent") String secret,
        @NotNull @Schema(description = "tier_changed, sales_ready, score_threshold, account_stage_changed, account_surge, model_alert") List<String> kinds,
        @Nullable @Schema(description = "What the webhook is for") String description,
        @Nullable @Schema(description = "Whether notifications are sent to it; true when absent") Boolean active) {

    CreateWebhook toCommand(WorkspaceId workspace) {
        return new CreateWebhook(workspace, Fields.named("url", () -> WebhookSubscription.parseUrl(url)), secret, WebhookKinds.parse(kinds),
                description, active == null || active);
    }
}
