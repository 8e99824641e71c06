package dev.leadscope.rest.webhook;

import dev.leadscope.domain.webhook.WebhookSubscription;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/** A webhook as shown: never its secret. */
@Serdeable
public record WebhookResponse(String id, String url, List<String> kinds, String description, boolean active, Instant createdAt, Instant updatedAt) {

    public static WebhookResponse from(WebhookSubscription s) {
        return new WebhookResponse(s.id().value(), s.url().toString(), WebhookKinds.wire(s.kinds()), s.description(), s.active(), s.createdAt(),
                s.updatedAt());
    }
}
