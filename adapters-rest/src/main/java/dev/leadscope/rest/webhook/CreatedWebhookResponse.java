package dev.leadscope.rest.webhook;

import dev.leadscope.domain.port.in.ManageWebhooksUseCase.CreatedWebhook;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** A new webhook with its signing secret, shown this once. */
@Serdeable
public record CreatedWebhookResponse(@Schema(description = "Verifies the Leadscope-Signature header; it is not shown again") String secret,
                                     WebhookResponse webhook) {

    public static CreatedWebhookResponse from(CreatedWebhook created) {
        return new CreatedWebhookResponse(created.secret(), WebhookResponse.from(created.subscription()));
    }
}
