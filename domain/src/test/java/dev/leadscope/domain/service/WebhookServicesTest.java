package dev.leadscope.domain.service;

import static dev.leadscope.domain.fixtures.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadscope.domain.common.PageRequest;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.fixtures.Fixtures;
import dev.leadscope.domain.fixtures.InMemoryWebhookDeliveries;
import dev.leadscope.domain.fixtures.InMemoryWebhookSubscriptions;
import dev.leadscope.domain.fixtures.SettableClock;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.notify.Notification;
import dev.leadscope.domain.notify.NotificationKind;
import dev.leadscope.domain.port.in.DeliveryStillPendingException;
import dev.leadscope.domain.port.in.ManageWebhooksUseCase.ChangeWebhook;
import dev.leadscope.domain.port.in.ManageWebhooksUseCase.CreateWebhook;
import dev.leadscope.domain.port.in.ManageWebhooksUseCase.DeliveryLog;
import dev.leadscope.domain.port.in.WebhookNotFoundException;
import dev.leadscope.domain.port.out.WebhookObserver;
import dev.leadscope.domain.port.out.WebhookSender;
import dev.leadscope.domain.scoring.Tier;
import dev.leadscope.domain.webhook.DeliveryAttempt;
import dev.leadscope.domain.webhook.DeliveryStatus;
import dev.leadscope.domain.webhook.RetryPolicy;
import dev.leadscope.domain.webhook.SendResult;
import dev.leadscope.domain.webhook.WebhookSignature;
import dev.leadscope.domain.webhook.WebhookSubscription;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Publishing queues per matching subscription; delivery signs, retries with backoff, dead-letters, survives a crashed worker; redeliver and ping. */
class WebhookServicesTest {
    private static final RetryPolicy POLICY = new RetryPolicy(Duration.ofSeconds(10), Duration.ofMinutes(10), 4);
    private static final Duration LEASE = Duration.ofSeconds(60);

    /** A receiver that answers from a script (then 200), and remembers every request. */
    static final class ScriptedReceiver implements WebhookSender {
        record Received(URI url, Map<String, String> headers, String body) {
        }

        final Deque<SendResult> script = new ArrayDeque<>();
        final List<Received> received = new ArrayList<>();

        @Override
        public synchronized SendResult post(URI url, Map<String, String> headers, String body) {
            received.add(new Received(url, Map.copyOf(headers), body));
            return script.isEmpty() ? new SendResult.Answered(200, Duration.ofMillis(5)) : script.poll();
        }

        void failNext(int times) {
            for (int i = 0; i < times; i++) {
                script.add(i % 2 == 0 ? new SendResult.Answered(503, Duration.ofMillis(7)) : new SendResult.Failed("connection refused", Duration.ofMillis(1)));
            }
        }
    }

    private final SettableClock clock = new SettableClock(T0);
    private final InMemoryWebhookSubscriptions subscriptions = new InMemoryWebhookSubscriptions();
    private final InMemoryWebhookDeliveries deliveries = new InMemoryWebhookDeliveries();
    private final ScriptedReceiver receiver = new ScriptedReceiver();
    private final AtomicInteger wakes = new AtomicInteger();
    private final List<String> outcomes = new ArrayList<>();
    private WebhookOutbox outbox;
    private WebhookDispatchService dispatch;
    private WebhookService webhooks;
    private WorkspaceId ws;

    @BeforeEach
    void wire() {
        WebhookObserver observer = new WebhookObserver() {
            @Override
            public void delivered(Duration took) {
                outcomes.add("delivered");
            }

            @Override
            public void retried(Duration took) {
                outcomes.add("retried");
            }

            @Override
            public void dead(Duration took) {
                outcomes.add("dead");
            }
        };
        outbox = new WebhookOutbox(subscriptions, deliveries, clock, wakes::incrementAndGet);
        dispatch = new WebhookDispatchService(subscriptions, deliveries, receiver, observer, POLICY, LEASE, clock, () -> 0.5);
        webhooks = new WebhookService(subscriptions, deliveries, dispatch, LEASE, clock, wakes::incrementAndGet);
        ws = Fixtures.freshWorkspace();
    }

    private WebhookSubscription subscribe(WorkspaceId workspace, String url, NotificationKind... kinds) {
        return webhooks.create(new CreateWebhook(workspace, URI.create(url), null, Set.of(kinds), "crm", true)).subscription();
    }

    private Notification tierChange(WorkspaceId workspace, String lead) {
        return new Notification.TierChanged(workspace, new LeadId(lead), Tier.MEDIUM, Tier.TOP, 0.2, clock.instant());
    }

    /** Runs the worker at each due time until nothing is pending or {@code rounds} passed. */
    private void runWorker(int rounds) {
        for (int i = 0; i < rounds && deliveries.pendingCount() > 0; i++) {
            dispatch.deliverDue(10);
            clock.advance(Duration.ofMinutes(11));
        }
    }

    @Test
    void givenSubscriptionsInTwoWorkspaces_whenOneWorkspacePublishes_thenOnlyItsMatchingActiveSubscriptionsGetADelivery() {
        WebhookSubscription tiers = subscribe(ws, "https://a.example.com/tiers", NotificationKind.TIER_CHANGED);
        subscribe(ws, "https://a.example.com/alerts", NotificationKind.MODEL_ALERT);
        WebhookSubscription paused = subscribe(ws, "https://a.example.com/paused", NotificationKind.TIER_CHANGED);
        webhooks.change(ws, paused.id().value(), new ChangeWebhook(null, null, null, null, false));
        WorkspaceId other = Fixtures.freshWorkspace();
        WebhookSubscription foreign = subscribe(other, "https://b.example.com/tiers", NotificationKind.TIER_CHANGED);

        outbox.publish(List.of(tierChange(ws, "lead-1")));

        assertThat(deliveries.list(ws, tiers.id(), PageRequest.FIRST).items()).hasSize(1);
        assertThat(deliveries.list(ws, paused.id(), PageRequest.FIRST).items()).isEmpty();
        assertThat(deliveries.list(other, foreign.id(), PageRequest.FIRST).items()).isEmpty();
        assertThat(wakes.get()).isEqualTo(1);
        runWorker(1);
        assertThat(receiver.received).extracting(r -> r.url().toString()).containsExactly("https://a.example.com/tiers");
    }

    @Test
    void givenReceiverFailingTwice_whenDelivered_thenRetriedWithGrowingBackoff_sameIdempotencyKey_andAValidSignatureEachTime() {
        WebhookSubscription hook = subscribe(ws, "https://a.example.com", NotificationKind.TIER_CHANGED);
        String secret = subscriptions.find(ws, hook.id()).orElseThrow().secret();
        Notification n = tierChange(ws, "lead-2");
        outbox.publish(List.of(n));
        receiver.failNext(2);

        runWorker(5);

        assertThat(receiver.received).hasSize(3);
        assertThat(receiver.received).extracting(r -> r.headers().get("Leadscope-Idempotency-Key")).containsOnly(n.idempotencyKey());
        assertThat(receiver.received).extracting(r -> r.headers().get("Leadscope-Event")).containsOnly("tier_changed");
        assertThat(receiver.received).extracting(r -> r.headers().get("Leadscope-Delivery")).hasSize(3).doesNotContainNull().containsOnly(
                receiver.received.get(0).headers().get("Leadscope-Delivery"));
        for (ScriptedReceiver.Received r : receiver.received) {
            String header = r.headers().get(WebhookSignature.HEADER);
            long t = Long.parseLong(header.substring(2, header.indexOf(',')));
            assertThat(header).isEqualTo(WebhookSignature.header(secret, t, r.body()));
        }
        DeliveryLog log = webhooks.deliveries(ws, hook.id().value(), PageRequest.FIRST).items().get(0);
        assertThat(log.delivery().status()).isEqualTo(DeliveryStatus.DELIVERED);
        List<DeliveryAttempt> attempts = log.attempts();
        assertThat(attempts).extracting(DeliveryAttempt::statusCode).containsExactly(503, null, 200);
        assertThat(attempts).extracting(DeliveryAttempt::error).containsExactly(null, "connection refused", null);
        assertThat(Duration.between(attempts.get(0).at(), attempts.get(0).nextAttemptAt())).isEqualTo(Duration.ofSeconds(7).plusMillis(500));
        assertThat(Duration.between(attempts.get(1).at(), attempts.get(1).nextAttemptAt())).isEqualTo(Duration.ofSeconds(15));
        assertThat(attempts.get(2).nextAttemptAt()).isNull();
        assertThat(outcomes).containsExactly("retried", "retried", "delivered");
    }

    @Test
    void givenReceiverAlwaysFailing_whenTriesRunOut_thenDeadLetter_andRedeliverSendsItAgain() {
        WebhookSubscription hook = subscribe(ws, "https://a.example.com", NotificationKind.TIER_CHANGED);
        outbox.publish(List.of(tierChange(ws, "lead-3")));
        receiver.failNext(POLICY.maxAttempts());

        runWorker(10);

        DeliveryLog dead = webhooks.deliveries(ws, hook.id().value(), PageRequest.FIRST).items().get(0);
        assertThat(dead.delivery().status()).isEqualTo(DeliveryStatus.DEAD);
        assertThat(dead.attempts()).hasSize(POLICY.maxAttempts());
        assertThat(outcomes).containsExactly("retried", "retried", "retried", "dead");

        DeliveryLog again = webhooks.redeliver(ws, hook.id().value(), dead.delivery().id().value());
        assertThat(again.delivery().status()).isEqualTo(DeliveryStatus.PENDING);
        assertThatThrownBy(() -> webhooks.redeliver(ws, hook.id().value(), dead.delivery().id().value()))
                .isInstanceOf(DeliveryStillPendingException.class);
        runWorker(1);

        assertThat(deliveries.find(ws, dead.delivery().id()).orElseThrow().status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(receiver.received).hasSize(POLICY.maxAttempts() + 1);
        assertThat(receiver.received).extracting(ScriptedReceiver.Received::body).containsOnly(receiver.received.get(0).body());
    }

    @Test
    void givenWorkerThatCrashedAfterClaiming_whenTheLeaseExpires_thenAnotherWorkerDeliversIt() {
        subscribe(ws, "https://a.example.com", NotificationKind.TIER_CHANGED);
        outbox.publish(List.of(tierChange(ws, "lead-4")));
        assertThat(deliveries.claimDue("crashed-worker", clock.instant(), LEASE, 10)).hasSize(1);

        assertThat(dispatch.deliverDue(10)).isZero();
        clock.advance(LEASE.plusSeconds(1));
        assertThat(dispatch.deliverDue(10)).isEqualTo(1);

        assertThat(receiver.received).hasSize(1);
        assertThat(outcomes).containsExactly("delivered");
    }

    @Test
    void givenInactiveWebhook_whenPinged_thenSentAtOnceAndLogged_whileQueuedNotificationsToItDie() {
        WebhookSubscription hook = subscribe(ws, "https://a.example.com", NotificationKind.TIER_CHANGED);
        outbox.publish(List.of(tierChange(ws, "lead-5")));
        webhooks.change(ws, hook.id().value(), new ChangeWebhook(null, null, null, null, false));

        DeliveryLog ping = webhooks.ping(ws, hook.id().value());
        runWorker(1);

        assertThat(ping.delivery().event()).isEqualTo("ping");
        assertThat(ping.delivery().status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(ping.attempts()).extracting(DeliveryAttempt::statusCode).containsExactly(200);
        assertThat(receiver.received).extracting(r -> r.headers().get("Leadscope-Event")).containsExactly("ping");
        assertThat(webhooks.deliveries(ws, hook.id().value(), PageRequest.FIRST).items())
                .extracting(l -> l.delivery().status()).containsExactlyInAnyOrder(DeliveryStatus.DELIVERED, DeliveryStatus.DEAD);
    }

    @Test
    void givenAnotherWorkspacesWebhook_whenReadChangedPingedOrDeleted_thenNotFound() {
        WebhookSubscription foreign = subscribe(Fixtures.freshWorkspace(), "https://b.example.com", NotificationKind.TIER_CHANGED);
        String id = foreign.id().value();

        assertThatThrownBy(() -> webhooks.get(ws, id)).isInstanceOf(WebhookNotFoundException.class);
        assertThatThrownBy(() -> webhooks.ping(ws, id)).isInstanceOf(WebhookNotFoundException.class);
        assertThatThrownBy(() -> webhooks.delete(ws, id)).isInstanceOf(WebhookNotFoundException.class);
        assertThatThrownBy(() -> webhooks.get(ws, "not-an-id")).isInstanceOf(WebhookNotFoundException.class);
        assertThat(receiver.received).isEmpty();
    }

    @Test
    void givenCreateWithoutSecret_thenA256BitSecretIsGenerated_andBadValuesAreRefusedNamingTheField() {
        var created = webhooks.create(new CreateWebhook(ws, URI.create("https://a.example.com"), null, Set.of(NotificationKind.SALES_READY), null, true));
        assertThat(created.secret()).startsWith("whsec_").hasSize(6 + 43);

        assertThatThrownBy(() -> webhooks.create(new CreateWebhook(ws, URI.create("ftp://a.example.com"), null, Set.of(NotificationKind.SALES_READY), null, true)))
                .hasMessageStartingWith("url must be an http or https URL");
        assertThatThrownBy(() -> webhooks.create(new CreateWebhook(ws, URI.create("https://a.example.com"), "short", Set.of(NotificationKind.SALES_READY), null, true)))
                .hasMessageStartingWith("secret must be 16 to 256 characters");
        assertThatThrownBy(() -> webhooks.create(new CreateWebhook(ws, URI.create("https://a.example.com"), null, Set.of(), null, true)))
                .hasMessageStartingWith("kinds must name");
    }

    @Test
    void givenDeletedWebhook_thenItsDeliveriesGoToo_andOnesQueuedInARaceDieWithoutBeingSent() {
        WebhookSubscription hook = subscribe(ws, "https://a.example.com", NotificationKind.TIER_CHANGED);
        outbox.publish(List.of(tierChange(ws, "lead-6")));
        webhooks.delete(ws, hook.id().value());
        assertThat(deliveries.pendingCount()).isZero();

        deliveries.enqueue(List.of(dev.leadscope.domain.fixtures.WebhookFixtures.aDelivery(hook, clock.instant())));
        runWorker(1);

        assertThat(receiver.received).isEmpty();
        assertThat(outcomes).containsExactly("dead");
    }
}
