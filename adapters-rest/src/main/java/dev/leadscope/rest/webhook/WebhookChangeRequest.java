package dev.leadscope.rest.webhook;

import dev.leadscope.domain.port.in.ManageWebhooksUseCase.ChangeWebhook;
import dev.leadscope.domain.webhook.WebhookSubscription;
import dev.leadscope.rest.common.Fields;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** Changes to a webhook; each field left out keeps its value (an empty description removes it). */
@Serdeable
public record WebhookChangeRequest(@Nullable String url,
                                   @Nullable @Schema(description = "A new signing secret, 16 to 256 characters") String secret,
                                   @Nullable List<String> kinds,
                                   @Nullable String description,
                                   @Nullable Boolean active) {

    ChangeWebhook toChange() {
        return new ChangeWebhook(url == null ? null : Fields.named("url", () -> WebhookSubscription.parseUrl(url)), secret,
                kinds == null ? null : WebhookKinds.parse(kinds), description, active);
    }
}
