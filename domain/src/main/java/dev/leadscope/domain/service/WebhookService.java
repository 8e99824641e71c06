package dev.leadscope.domain.service;

import dev.leadscope.domain.common.Page;
import dev.leadscope.domain.common.PageRequest;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.port.in.DeliverWebhooksUseCase;
import dev.leadscope.domain.port.in.DeliveryNotFoundException;
import dev.leadscope.domain.port.in.DeliveryStillPendingException;
import dev.leadscope.domain.port.in.ManageWebhooksUseCase;
import dev.leadscope.domain.port.in.WebhookNotFoundException;
import dev.leadscope.domain.port.out.WebhookDeliveries;
import dev.leadscope.domain.port.out.WebhookSubscriptions;
import dev.leadscope.domain.webhook.Delivery;
import dev.leadscope.domain.webhook.DeliveryId;
import dev.leadscope.domain.webhook.DeliveryStatus;
import dev.leadscope.domain.webhook.WebhookId;
import dev.leadscope.domain.webhook.WebhookPayload;
import dev.leadscope.domain.webhook.WebhookSubscription;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/** Manages a workspace's webhook subscriptions, generates their secrets, and pings and redelivers on request. */
public final class WebhookService implements ManageWebhooksUseCase {
    private final WebhookSubscriptions subscriptions;
    private final WebhookDeliveries deliveries;
    private final DeliverWebhooksUseCase dispatch;
    private final Duration lease;
    private final Clock clock;
    private final Runnable wake;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param lease how long a ping is held by the request that sends it
     * @param wake  called after a delivery was queued again, so that workers need not wait for their next poll
     */
    public WebhookService(WebhookSubscriptions subscriptions, WebhookDeliveries deliveries, DeliverWebhooksUseCase dispatch, Duration lease,
                          Clock clock, Runnable wake) {
        this.subscriptions = Objects.requireNonNull(subscriptions);
        this.deliveries = Objects.requireNonNull(deliveries);
        this.dispatch = Objects.requireNonNull(dispatch);
        this.lease = Objects.requireNonNull(lease);
        this.clock = Objects.requireNonNull(clock);
        this.wake = Objects.requireNonNull(wake);
    }

    @Override
    public CreatedWebhook create(CreateWebhook command) {
        String secret = command.secret() == null ? generateSecret() : command.secret();
        Instant now = clock.instant();
        WebhookSubscription s = new WebhookSubscription(command.workspace(), WebhookId.random(random), command.url(), secret, command.kinds(),
                blankToNull(command.description()), command.active(), now, now);
        subscriptions.insert(s);
        return new CreatedWebhook(s, secret);
    }

    /** 256 random bits, URL-safe, with a recognisable prefix. */
    String generateSecret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public List<WebhookSubscription> list(WorkspaceId workspace) {
        return subscriptions.list(workspace);
    }

    @Override
    public WebhookSubscription get(WorkspaceId workspace, String id) {
        if (!WebhookId.isWellFormed(id)) {
            throw new WebhookNotFoundException(id);
        }
        return subscriptions.find(workspace, new WebhookId(id)).orElseThrow(() -> new WebhookNotFoundException(id));
    }

    @Override
    public WebhookSubscription change(WorkspaceId workspace, String id, ChangeWebhook change) {
        WebhookSubscription before = get(workspace, id);
        WebhookSubscription after = before.with(
                change.url() == null ? before.url() : change.url(),
                change.secret() == null ? before.secret() : change.secret(),
                change.kinds() == null ? before.kinds() : change.kinds(),
                change.description() == null ? before.description() : blankToNull(change.description()),
                change.active() == null ? before.active() : change.active(),
                clock.instant());
        if (!subscriptions.update(after)) {
            throw new WebhookNotFoundException(id);
        }
        return after;
    }

    @Override
    public void delete(WorkspaceId workspace, String id) {
        WebhookSubscription s = get(workspace, id);
        subscriptions.delete(workspace, s.id());
        deliveries.deleteFor(workspace, s.id());
    }

    @Override
    public Page<DeliveryLog> deliveries(WorkspaceId workspace, String id, PageRequest page) {
        WebhookSubscription s = get(workspace, id);
        return deliveries.list(workspace, s.id(), page).map(d -> new DeliveryLog(d, deliveries.attempts(workspace, d.id())));
    }

    @Override
    public DeliveryLog ping(WorkspaceId workspace, String id) {
        WebhookSubscription s = get(workspace, id);
        Instant now = clock.instant();
        DeliveryId deliveryId = DeliveryId.random(random);
        String eventId = "evt_" + HexFormat.of().formatHex(randomBytes(12));
        // due only after a lease, so that no worker takes it before this request does; should this request die before
        // its attempt, a worker sends it then
        Delivery ping = new Delivery(workspace, deliveryId, s.id(), Delivery.PING, "ping:" + deliveryId.value(),
                WebhookPayload.ping(eventId, workspace, s.id(), now), DeliveryStatus.PENDING, 0, now.plus(lease), now, null);
        deliveries.enqueue(List.of(ping));
        deliveries.claim(workspace, deliveryId, WebhookDispatchService.newToken(), now, lease).ifPresent(dispatch::attempt);
        return log(workspace, deliveryId);
    }

    @Override
    public DeliveryLog redeliver(WorkspaceId workspace, String id, String deliveryId) {
        WebhookSubscription s = get(workspace, id);
        Delivery d = findDelivery(workspace, s, deliveryId);
        if (!deliveries.requeue(workspace, d.id(), clock.instant())) {
            throw new DeliveryStillPendingException(deliveryId);
        }
        wake.run();
        return log(workspace, d.id());
    }

    private Delivery findDelivery(WorkspaceId workspace, WebhookSubscription s, String deliveryId) {
        if (!DeliveryId.isWellFormed(deliveryId)) {
            throw new DeliveryNotFoundException(deliveryId);
        }
        return deliveries.find(workspace, new DeliveryId(deliveryId)).filter(d -> d.webhook().equals(s.id()))
                .orElseThrow(() -> new DeliveryNotFoundException(deliveryId));
    }

    private DeliveryLog log(WorkspaceId workspace, DeliveryId id) {
        Delivery d = deliveries.find(workspace, id).orElseThrow(() -> new DeliveryNotFoundException(id.value()));
        return new DeliveryLog(d, deliveries.attempts(workspace, id));
    }

    private byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        return bytes;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
