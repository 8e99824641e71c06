package dev.leadscope.domain.service;

import dev.leadscope.domain.port.in.DeliverWebhooksUseCase;
import dev.leadscope.domain.port.out.WebhookDeliveries;
import dev.leadscope.domain.port.out.WebhookObserver;
import dev.leadscope.domain.port.out.WebhookSender;
import dev.leadscope.domain.port.out.WebhookSubscriptions;
import dev.leadscope.domain.webhook.Delivery;
import dev.leadscope.domain.webhook.DeliveryAttempt;
import dev.leadscope.domain.webhook.DeliveryClaim;
import dev.leadscope.domain.webhook.DeliveryStatus;
import dev.leadscope.domain.webhook.RetryPolicy;
import dev.leadscope.domain.webhook.SendResult;
import dev.leadscope.domain.webhook.WebhookSignature;
import dev.leadscope.domain.webhook.WebhookSubscription;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.DoubleSupplier;

/**
 * Claims due deliveries and POSTs each once with its signature, idempotency key, delivery id and event name; a 2xx
 * answer delivers it, anything else schedules the next try by the {@link RetryPolicy} or, after the last, makes it a
 * dead letter. The subscription's current URL and secret are read at each attempt.
 */
public final class WebhookDispatchService implements DeliverWebhooksUseCase {
    public static final String IDEMPOTENCY_HEADER = "Leadscope-Idempotency-Key";
    public static final String DELIVERY_HEADER = "Leadscope-Delivery";
    public static final String EVENT_HEADER = "Leadscope-Event";

    private final WebhookSubscriptions subscriptions;
    private final WebhookDeliveries deliveries;
    private final WebhookSender sender;
    private final WebhookObserver observer;
    private final RetryPolicy policy;
    private final Duration lease;
    private final Clock clock;
    private final DoubleSupplier jitter;

    /**
     * @param lease  how long a claimed delivery stays with its worker; longer than the sender's connect plus read timeout
     * @param jitter uniform numbers in [0,1) that place each retry within its backoff window
     */
    public WebhookDispatchService(WebhookSubscriptions subscriptions, WebhookDeliveries deliveries, WebhookSender sender, WebhookObserver observer,
                                  RetryPolicy policy, Duration lease, Clock clock, DoubleSupplier jitter) {
        this.subscriptions = Objects.requireNonNull(subscriptions);
        this.deliveries = Objects.requireNonNull(deliveries);
        this.sender = Objects.requireNonNull(sender);
        this.observer = Objects.requireNonNull(observer);
        this.policy = Objects.requireNonNull(policy);
        this.lease = Objects.requireNonNull(lease);
        this.clock = Objects.requireNonNull(clock);
        this.jitter = Objects.requireNonNull(jitter);
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("lease must be positive: " + lease);
        }
    }

    public Duration lease() {
        return lease;
    }

    @Override
    public int deliverDue(int limit) {
        List<DeliveryClaim> claims = deliveries.claimDue(newToken(), clock.instant(), lease, limit);
        for (DeliveryClaim claim : claims) {
            attempt(claim);
        }
        return claims.size();
    }

    @Override
    public int pruneFinished(Duration retention) {
        return deliveries.prune(clock.instant().minus(retention));
    }

    /** A token naming one claim, unique across instances. */
    public static String newToken() {
        return UUID.randomUUID().toString();
    }

    @Override
    public Optional<DeliveryAttempt> attempt(DeliveryClaim claim) {
        Delivery d = claim.delivery();
        Optional<WebhookSubscription> subscription = subscriptions.find(d.workspace(), d.webhook());
        if (subscription.isEmpty() || (!subscription.get().active() && !d.isPing())) {
            String why = subscription.isEmpty() ? "webhook was deleted" : "webhook is inactive";
            return finish(claim, new SendResult.Failed(why, Duration.ZERO), clock.instant(), false);
        }
        WebhookSubscription s = subscription.get();
        Instant at = clock.instant();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put(WebhookSignature.HEADER, WebhookSignature.header(s.secret(), at.getEpochSecond(), d.body()));
        headers.put(IDEMPOTENCY_HEADER, d.idempotencyKey());
        headers.put(DELIVERY_HEADER, d.id().value());
        headers.put(EVENT_HEADER, d.event());
        SendResult result = sender.post(s.url(), headers, d.body());
        return finish(claim, result, at, true);
    }

    private Optional<DeliveryAttempt> finish(DeliveryClaim claim, SendResult result, Instant at, boolean mayRetry) {
        Delivery d = claim.delivery();
        int number = d.attempts() + 1;
        boolean delivered = result instanceof SendResult.Answered a && a.delivered();
        DeliveryStatus next;
        Instant nextAt = null;
        if (delivered) {
            next = DeliveryStatus.DELIVERED;
        } else if (mayRetry && policy.retries(number)) {
            next = DeliveryStatus.PENDING;
            nextAt = clock.instant().plus(policy.delay(number, jitter.getAsDouble()));
        } else {
            next = DeliveryStatus.DEAD;
        }
        Integer status = result instanceof SendResult.Answered a ? a.status() : null;
        String error = result instanceof SendResult.Failed f ? f.error() : null;
        DeliveryAttempt attempt = new DeliveryAttempt(d.id(), number, at, status, error, result.took().toMillis(), next, nextAt);
        if (!deliveries.complete(claim, attempt, d.attempted(at, next, nextAt))) {
            return Optional.empty();
        }
        switch (next) {
            case DELIVERED -> observer.delivered(result.took());
            case PENDING -> observer.retried(result.took());
            case DEAD -> observer.dead(result.took());
        }
        return Optional.of(attempt);
    }
}
