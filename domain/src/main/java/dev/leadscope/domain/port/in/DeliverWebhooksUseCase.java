package dev.leadscope.domain.port.in;

import dev.leadscope.domain.webhook.DeliveryClaim;
import dev.leadscope.domain.webhook.DeliveryAttempt;
import java.util.Optional;

/** Delivers what the webhook outbox holds: what background workers call in a loop. Thread-safe; many callers may share one store. */
public interface DeliverWebhooksUseCase {

    /** Claims up to {@code limit} due deliveries, attempts each once, and returns how many it attempted (0: nothing due). */
    int deliverDue(int limit);

    /** Forgets delivered and dead deliveries finished longer than {@code retention} ago; returns how many went. */
    int pruneFinished(java.time.Duration retention);

    /** Attempts the claimed delivery once; empty when the lease was lost before the attempt could be recorded. */
    Optional<DeliveryAttempt> attempt(DeliveryClaim claim);
}
