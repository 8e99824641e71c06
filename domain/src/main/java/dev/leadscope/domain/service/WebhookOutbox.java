package dev.leadscope.domain.service;

import dev.leadscope.domain.notify.Notification;
import dev.leadscope.domain.port.out.Notifications;
import dev.leadscope.domain.port.out.WebhookDeliveries;
import dev.leadscope.domain.port.out.WebhookSubscriptions;
import dev.leadscope.domain.webhook.Delivery;
import dev.leadscope.domain.webhook.DeliveryId;
import dev.leadscope.domain.webhook.WebhookPayload;
import dev.leadscope.domain.webhook.WebhookSubscription;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Publishes notifications by writing one delivery per matching active subscription of the notification's own workspace
 * into the outbox, then wakes the delivery workers. Nothing is sent here: publishing costs one write, however slow
 * the receivers are.
 */
public final class WebhookOutbox implements Notifications {
    private final WebhookSubscriptions subscriptions;
    private final WebhookDeliveries deliveries;
    private final Clock clock;
    private final Runnable wake;
    private final SecureRandom random = new SecureRandom();

    /** @param wake called after deliveries were queued, so that workers need not wait for their next poll */
    public WebhookOutbox(WebhookSubscriptions subscriptions, WebhookDeliveries deliveries, Clock clock, Runnable wake) {
        this.subscriptions = Objects.requireNonNull(subscriptions);
        this.deliveries = Objects.requireNonNull(deliveries);
        this.clock = Objects.requireNonNull(clock);
        this.wake = Objects.requireNonNull(wake);
    }

    @Override
    public void publish(List<Notification> notifications) {
        Instant now = clock.instant();
        List<Delivery> queued = new ArrayList<>();
        Map<String, List<WebhookSubscription>> looked = new HashMap<>();
        for (Notification n : notifications) {
            List<WebhookSubscription> targets = looked.computeIfAbsent(n.workspace().value() + "/" + n.kind(),
                    k -> subscriptions.activeFor(n.workspace(), n.kind()));
            if (targets.isEmpty()) {
                continue;
            }
            String body = WebhookPayload.of(eventId(), n);
            for (WebhookSubscription s : targets) {
                queued.add(Delivery.queued(n.workspace(), DeliveryId.random(random), s.id(), n.kind().wireName(), n.idempotencyKey(), body, now));
            }
        }
        if (!queued.isEmpty()) {
            deliveries.enqueue(queued);
            wake.run();
        }
    }

    /** An id for one notification, the same in every webhook's copy of it. */
    String eventId() {
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        return "evt_" + HexFormat.of().formatHex(bytes);
    }
}
