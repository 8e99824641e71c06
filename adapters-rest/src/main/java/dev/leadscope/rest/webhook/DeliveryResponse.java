package dev.leadscope.rest.webhook;

import dev.leadscope.domain.port.in.ManageWebhooksUseCase.DeliveryLog;
import dev.leadscope.domain.webhook.Delivery;
import dev.leadscope.domain.webhook.DeliveryAttempt;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/** One delivery of the delivery log, with each of its attempts. */
@Serdeable
public record DeliveryResponse(String id, String webhookId, String event, String idempotencyKey, String status, int attempts,
                               Instant nextAttemptAt, Instant createdAt, Instant lastAttemptAt, List<Attempt> log) {

    /** One attempt: when, the status code or the error, how long it took, and when the next is due. */
    @Serdeable
    public record Attempt(int number, Instant at, Integer statusCode, String error, long durationMs, String outcome, Instant nextAttemptAt) {
        static Attempt from(DeliveryAttempt a) {
            return new Attempt(a.number(), a.at(), a.statusCode(), a.error(), a.durationMillis(), a.outcome().wireName(), a.nextAttemptAt());
        }
    }

    public static DeliveryResponse from(DeliveryLog log) {
        Delivery d = log.delivery();
        return new DeliveryResponse(d.id().value(), d.webhook().value(), d.event(), d.idempotencyKey(), d.status().wireName(), d.attempts(),
                d.nextAttemptAt(), d.createdAt(), d.lastAttemptAt(), log.attempts().stream().map(Attempt::from).toList());
    }
}
