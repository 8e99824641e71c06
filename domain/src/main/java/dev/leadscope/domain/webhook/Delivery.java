package dev.leadscope.domain.webhook;

import dev.leadscope.domain.common.WorkspaceId;
import java.time.Instant;
import java.util.Objects;

/**
 * One notification (or ping) on its way to one webhook: the exact body every attempt sends, how many attempts were
 * made, and when the next one is due ({@code null} once delivered or dead).
 *
 * @param event          the notification kind's wire name, or {@code ping}
 * @param idempotencyKey the notification's key, the same on every attempt
 */
public record Delivery(WorkspaceId workspace, DeliveryId id, WebhookId webhook, String event, String idempotencyKey, String body,
                       DeliveryStatus status, int attempts, Instant nextAttemptAt, Instant createdAt, Instant lastAttemptAt) {
    public static final String PING = "ping";

    public Delivery {
        Objects.requireNonNull(workspace, "workspace must not be empty");
        Objects.requireNonNull(id, "id must not be empty");
        Objects.requireNonNull(webhook, "webhook must not be empty");
        Objects.requireNonNull(event, "event must not be empty");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey must not be empty");
        Objects.requireNonNull(body, "body must not be empty");
        Objects.requireNonNull(status, "status must not be empty");
        Objects.requireNonNull(createdAt, "createdAt must not be empty");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must be >= 0: " + attempts);
        }
        if ((status == DeliveryStatus.PENDING) != (nextAttemptAt != null)) {
            throw new IllegalArgumentException("nextAttemptAt must be set exactly while the delivery is pending: " + status);
        }
    }

    /** A new delivery, due at once. */
    public static Delivery queued(WorkspaceId workspace, DeliveryId id, WebhookId webhook, String event, String idempotencyKey, String body,
                                  Instant at) {
        return new Delivery(workspace, id, webhook, event, idempotencyKey, body, DeliveryStatus.PENDING, 0, at, at, null);
    }

    public boolean isPing() {
        return PING.equals(event);
    }

    /** After one more attempt at {@code at}: now in {@code next} status, due again at {@code nextAt} when pending. */
    public Delivery attempted(Instant at, DeliveryStatus next, Instant nextAt) {
        return new Delivery(workspace, id, webhook, event, idempotencyKey, body, next, attempts + 1, nextAt, createdAt, at);
    }

    /** Queued again from the start (a redelivery): a fresh set of tries, due at {@code at}. */
    public Delivery requeued(Instant at) {
        return new Delivery(workspace, id, webhook, event, idempotencyKey, body, DeliveryStatus.PENDING, 0, at, createdAt, lastAttemptAt);
    }
}
