package dev.leadscope.domain.port.out.contract;

import static dev.leadscope.domain.fixtures.Fixtures.T0;
import static dev.leadscope.domain.fixtures.WebhookFixtures.aDelivery;
import static dev.leadscope.domain.fixtures.WebhookFixtures.aWebhook;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.common.PageRequest;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.fixtures.Fixtures;
import dev.leadscope.domain.notify.NotificationKind;
import dev.leadscope.domain.port.out.WebhookDeliveries;
import dev.leadscope.domain.webhook.Delivery;
import dev.leadscope.domain.webhook.DeliveryAttempt;
import dev.leadscope.domain.webhook.DeliveryClaim;
import dev.leadscope.domain.webhook.DeliveryStatus;
import dev.leadscope.domain.webhook.WebhookSubscription;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link WebhookDeliveries} store must do; subclass once per adapter. The outbox is shared by all
 * workspaces, so claims here are filtered to the test's own workspace (other tests' deliveries may be due too).
 */
public abstract class WebhookDeliveriesContractTest {
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final int ALL = PageRequest.MAX_LIMIT;

    protected WebhookDeliveries store;
    protected WorkspaceId ws;
    private WebhookSubscription hook;

    protected abstract WebhookDeliveries createStore();

    @BeforeEach
    void setUpStore() {
        store = createStore();
        ws = Fixtures.freshWorkspace();
        hook = aWebhook(ws, "https://hooks.example.com", T0, NotificationKind.TIER_CHANGED);
    }

    private List<DeliveryClaim> claimOwn(String token, Instant now) {
        return store.claimDue(token, now, LEASE, ALL).stream().filter(c -> c.delivery().workspace().equals(ws)).toList();
    }

    private static String token() {
        return UUID.randomUUID().toString();
    }

    private static DeliveryAttempt failed(Delivery d, Instant at, DeliveryStatus outcome, Instant next) {
        return new DeliveryAttempt(d.id(), d.attempts() + 1, at, 503, null, 42, outcome, next);
    }

    @Test
    void givenQueuedDeliveries_whenFoundAndListed_thenEveryFieldRoundTripsNewestFirst() {
        Delivery older = aDelivery(hook, T0);
        Delivery newer = aDelivery(hook, T0.plusSeconds(5));
        store.enqueue(List.of(older, newer));

        assertThat(store.find(ws, older.id())).contains(older);
        assertThat(store.list(ws, hook.id(), new PageRequest(0, 10)).items()).containsExactly(newer, older);
        assertThat(store.list(ws, hook.id(), new PageRequest(1, 10)).total()).isEqualTo(2);
        assertThat(store.find(Fixtures.freshWorkspace(), older.id())).isEmpty();
    }

    @Test
    void givenDueAndFutureDeliveries_whenClaimed_thenOnlyTheDueOnesEarliestFirst() {
        Delivery later = aDelivery(hook, T0.plusSeconds(2));
        Delivery first = aDelivery(hook, T0.plusSeconds(1));
        Delivery future = aDelivery(hook, T0.plusSeconds(3600));
        store.enqueue(List.of(later, first, future));

        List<DeliveryClaim> claims = claimOwn(token(), T0.plusSeconds(10));

        assertThat(claims).extracting(DeliveryClaim::delivery).containsExactly(first, later);
        assertThat(claims).allSatisfy(c -> assertThat(c.leaseUntil()).isEqualTo(T0.plusSeconds(10).plus(LEASE)));
    }

    @Test
    void givenWorkersRacingForTheSameDueDeliveries_thenEachDeliveryGoesToExactlyOneOfThem() throws Exception {
        List<Delivery> queued = java.util.stream.IntStream.range(0, 24).mapToObj(i -> aDelivery(hook, T0)).toList();
        store.enqueue(queued);
        int workers = 4;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(workers);
        try {
            java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(workers);
            List<java.util.concurrent.Future<List<DeliveryClaim>>> results = new java.util.ArrayList<>();
            for (int w = 0; w < workers; w++) {
                results.add(pool.submit(() -> {
                    start.await();
                    List<DeliveryClaim> mine = new java.util.ArrayList<>();
                    for (int round = 0; round < 10; round++) {
                        mine.addAll(store.claimDue(token(), T0.plusSeconds(1), LEASE, 5));
                    }
                    return mine;
                }));
            }
            List<String> claimed = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<List<DeliveryClaim>> r : results) {
                r.get().stream().filter(c -> c.delivery().workspace().equals(ws)).forEach(c -> claimed.add(c.delivery().id().value()));
            }
            assertThat(claimed).doesNotHaveDuplicates();
            assertThat(claimed).containsExactlyInAnyOrderElementsOf(queued.stream().map(d -> d.id().value()).toList());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void givenClaimedDelivery_whenAnotherWorkerClaimsWithinTheLease_thenItGetsNothing() {
        Delivery d = aDelivery(hook, T0);
        store.enqueue(List.of(d));
        assertThat(claimOwn(token(), T0.plusSeconds(1))).hasSize(1);

        assertThat(claimOwn(token(), T0.plusSeconds(2))).isEmpty();
        assertThat(store.claim(ws, d.id(), token(), T0.plusSeconds(2), LEASE)).isEmpty();
    }

    @Test
    void givenWorkerThatCrashedHoldingADelivery_whenTheLeaseHasPassed_thenAnotherWorkerClaimsIt_andTheFirstCannotRecord() {
        Delivery d = aDelivery(hook, T0);
        store.enqueue(List.of(d));
        DeliveryClaim crashed = claimOwn(token(), T0.plusSeconds(1)).get(0);

        Instant later = T0.plusSeconds(1).plus(LEASE).plusSeconds(1);
        List<DeliveryClaim> retaken = claimOwn(token(), later);

        assertThat(retaken).extracting(c -> c.delivery().id()).containsExactly(d.id());
        assertThat(store.complete(crashed, failed(d, later, DeliveryStatus.DEAD, null), d.attempted(later, DeliveryStatus.DEAD, null))).isFalse();
        assertThat(store.find(ws, d.id()).orElseThrow().status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(store.attempts(ws, d.id())).isEmpty();
    }

    @Test
    void givenClaim_whenCompletedWithARetry_thenTheAttemptIsLoggedAndTheDeliveryIsDueAgainLater() {
        Delivery d = aDelivery(hook, T0);
        store.enqueue(List.of(d));
        DeliveryClaim claim = claimOwn(token(), T0).get(0);
        Instant next = T0.plusSeconds(20);
        DeliveryAttempt attempt = failed(d, T0.plusSeconds(1), DeliveryStatus.PENDING, next);

        assertThat(store.complete(claim, attempt, d.attempted(T0.plusSeconds(1), DeliveryStatus.PENDING, next))).isTrue();

        assertThat(store.attempts(ws, d.id())).containsExactly(attempt);
        Delivery stored = store.find(ws, d.id()).orElseThrow();
        assertThat(stored.attempts()).isEqualTo(1);
        assertThat(stored.nextAttemptAt()).isEqualTo(next);
        assertThat(claimOwn(token(), T0.plusSeconds(19))).isEmpty();
        assertThat(claimOwn(token(), next)).extracting(c -> c.delivery().attempts()).containsExactly(1);
    }

    @Test
    void givenDeliveredAndDeadDeliveries_whenClaiming_thenNeitherIsHandedOut() {
        Delivery ok = aDelivery(hook, T0);
        Delivery dead = aDelivery(hook, T0);
        store.enqueue(List.of(ok, dead));
        for (DeliveryClaim c : claimOwn(token(), T0)) {
            Delivery x = c.delivery();
            DeliveryStatus outcome = x.id().equals(ok.id()) ? DeliveryStatus.DELIVERED : DeliveryStatus.DEAD;
            DeliveryAttempt attempt = outcome == DeliveryStatus.DELIVERED
                    ? new DeliveryAttempt(x.id(), 1, T0, 204, null, 3, outcome, null)
                    : new DeliveryAttempt(x.id(), 1, T0, null, "connection refused", 3, outcome, null);
            assertThat(store.complete(c, attempt, x.attempted(T0, outcome, null))).isTrue();
        }

        assertThat(claimOwn(token(), T0.plusSeconds(3600))).isEmpty();
        assertThat(store.attempts(ws, dead.id())).extracting(DeliveryAttempt::error).containsExactly("connection refused");
        assertThat(store.claim(ws, ok.id(), token(), T0.plusSeconds(5), LEASE)).isEmpty();
    }

    @Test
    void givenDeadDelivery_whenRequeued_thenPendingWithAFreshSetOfTries_butNotFromAnotherWorkspace() {
        Delivery d = aDelivery(hook, T0);
        store.enqueue(List.of(d));
        DeliveryClaim claim = claimOwn(token(), T0).get(0);
        store.complete(claim, failed(d, T0, DeliveryStatus.DEAD, null), d.attempted(T0, DeliveryStatus.DEAD, null));

        assertThat(store.requeue(Fixtures.freshWorkspace(), d.id(), T0.plusSeconds(60))).isFalse();
        assertThat(store.requeue(ws, d.id(), T0.plusSeconds(60))).isTrue();
        assertThat(store.requeue(ws, d.id(), T0.plusSeconds(61))).isFalse();

        Delivery again = store.find(ws, d.id()).orElseThrow();
        assertThat(again.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(again.attempts()).isZero();
        assertThat(again.nextAttemptAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(store.attempts(ws, d.id())).hasSize(1);
        assertThat(store.claim(ws, d.id(), token(), T0.plusSeconds(60), LEASE)).isPresent();
    }

    @Test
    void givenFinishedAndPendingDeliveries_whenPruned_thenOnlyFinishedOnesOlderThanTheCutGo() {
        Delivery old = aDelivery(hook, T0);
        Delivery recent = aDelivery(hook, T0);
        Delivery waiting = aDelivery(hook, T0);
        store.enqueue(List.of(old, recent, waiting));
        DeliveryClaim c1 = store.claim(ws, old.id(), token(), T0, LEASE).orElseThrow();
        store.complete(c1, new DeliveryAttempt(old.id(), 1, T0.plusSeconds(1), 200, null, 3, DeliveryStatus.DELIVERED, null),
                old.attempted(T0.plusSeconds(1), DeliveryStatus.DELIVERED, null));
        DeliveryClaim c2 = store.claim(ws, recent.id(), token(), T0, LEASE).orElseThrow();
        store.complete(c2, failed(recent, T0.plusSeconds(100), DeliveryStatus.DEAD, null), recent.attempted(T0.plusSeconds(100), DeliveryStatus.DEAD, null));

        store.prune(T0.plusSeconds(50));

        assertThat(store.find(ws, old.id())).isEmpty();
        assertThat(store.attempts(ws, old.id())).isEmpty();
        assertThat(store.find(ws, recent.id())).isPresent();
        assertThat(store.find(ws, waiting.id())).isPresent();
    }

    @Test
    void givenDeliveriesOfAWebhook_whenDeletedForIt_thenTheyAndTheirAttemptsGo_andTheOutboxShrinks() {
        long before = store.pendingCount();
        Delivery d = aDelivery(hook, T0);
        Delivery e = aDelivery(hook, T0);
        store.enqueue(List.of(d, e));
        assertThat(store.pendingCount()).isEqualTo(before + 2);
        DeliveryClaim claim = store.claim(ws, d.id(), token(), T0, LEASE).orElseThrow();
        store.complete(claim, failed(d, T0, DeliveryStatus.DEAD, null), d.attempted(T0, DeliveryStatus.DEAD, null));
        assertThat(store.pendingCount()).isEqualTo(before + 1);

        assertThat(store.deleteFor(Fixtures.freshWorkspace(), hook.id())).isZero();
        assertThat(store.deleteFor(ws, hook.id())).isEqualTo(2);

        assertThat(store.find(ws, d.id())).isEmpty();
        assertThat(store.attempts(ws, d.id())).isEmpty();
        assertThat(store.pendingCount()).isEqualTo(before);
    }
}
