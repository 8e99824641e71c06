package dev.leadscope.domain.rescoring;

import static dev.leadscope.domain.fixtures.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class CoalescingQueueTest {
    private static final WorkspaceId WS = new WorkspaceId("ws");
    private static final LeadId A = new LeadId("a");
    private static final LeadId B = new LeadId("b");

    @Test
    void givenBurstOfEventsForOneLead_whenTaken_thenOneEntryCoveringThemAllWithTheFirstTime() throws Exception {
        CoalescingQueue q = new CoalescingQueue(100);
        for (int i = 0; i < 5; i++) {
            assertThat(q.tryReserve(1)).isTrue();
            q.enqueueReserved(WS, Map.of(A, 1), T0.plusSeconds(i));
        }
        q.enqueue(WS, Map.of(B, 2), T0.plusSeconds(9));

        List<CoalescingQueue.Queued> taken = q.take(10, 1, TimeUnit.SECONDS);

        assertThat(taken).containsExactly(new CoalescingQueue.Queued(WS, A, 5, T0), new CoalescingQueue.Queued(WS, B, 2, T0.plusSeconds(9)));
        assertThat(q.depth()).isZero();
        assertThat(q.leads()).isZero();
    }

    @Test
    void givenFullQueue_whenReservedWithoutWaiting_thenRefusedUntilTheWorkerTakes() throws Exception {
        CoalescingQueue q = new CoalescingQueue(3);
        assertThat(q.tryReserve(2)).isTrue();
        q.enqueueReserved(WS, Map.of(A, 2), T0);

        assertThat(q.tryReserve(2)).isFalse();
        assertThat(q.tryReserve(1)).isTrue();
        assertThat(q.depth()).isEqualTo(3);

        q.take(1, 1, TimeUnit.SECONDS);
        assertThat(q.tryReserve(2)).isTrue();
    }

    @Test
    void givenRequestLargerThanCapacity_whenQueueEmpty_thenLetIn() {
        CoalescingQueue q = new CoalescingQueue(3);

        assertThat(q.tryReserve(10)).isTrue();
        assertThat(q.tryReserve(1)).isFalse();
        q.release(10);
        assertThat(q.depth()).isZero();
    }

    @Test
    void givenFullQueue_whenReservedWaiting_thenWaitsUntilRoomIsFreed() throws Exception {
        CoalescingQueue q = new CoalescingQueue(2);
        q.enqueue(WS, Map.of(A, 2), T0);
        AtomicBoolean reserved = new AtomicBoolean();
        CountDownLatch started = new CountDownLatch(1);
        Thread importer = new Thread(() -> {
            started.countDown();
            try {
                q.reserve(1);
                reserved.set(true);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        importer.start();
        started.await();
        Thread.sleep(50);
        assertThat(reserved).isFalse();

        q.take(10, 1, TimeUnit.SECONDS);
        importer.join(5_000);

        assertThat(reserved).isTrue();
        assertThat(q.depth()).isEqualTo(1);
    }

    @Test
    void givenEmptyQueue_whenTaken_thenEmptyAfterTheTimeout() throws Exception {
        assertThat(new CoalescingQueue(1).take(5, 10, TimeUnit.MILLISECONDS)).isEmpty();
    }

    @Test
    void givenMoreQueuedThanReserved_whenEnqueued_thenRefused() {
        CoalescingQueue q = new CoalescingQueue(10);
        q.tryReserve(1);

        assertThatThrownBy(() -> q.enqueueReserved(WS, Map.of(A, 2), T0)).isInstanceOf(IllegalStateException.class);
        assertThat(q.contains(WS, A)).isFalse();
    }

    @Test
    void givenLeadClaimedByOneWorker_whenItGetsNewEvents_thenNoOtherWorkerClaimsItUntilFinished() throws Exception {
        CoalescingQueue q = new CoalescingQueue(100);
        q.enqueue(WS, Map.of(A, 1), T0);
        List<CoalescingQueue.Queued> first = q.claim(10, 1, TimeUnit.SECONDS);
        q.enqueue(WS, Map.of(A, 1, B, 1), T0.plusSeconds(1));

        List<CoalescingQueue.Queued> second = q.claim(10, 10, TimeUnit.MILLISECONDS);

        assertThat(first).containsExactly(new CoalescingQueue.Queued(WS, A, 1, T0));
        assertThat(second).containsExactly(new CoalescingQueue.Queued(WS, B, 1, T0.plusSeconds(1)));
        assertThat(q.claimed(WS, A)).isTrue();
        assertThat(q.claim(10, 10, TimeUnit.MILLISECONDS)).isEmpty();
        assertThat(q.contains(WS, A)).isTrue();

        q.finish(first);

        assertThat(q.claimed(WS, A)).isFalse();
        assertThat(q.claim(10, 1, TimeUnit.SECONDS)).containsExactly(new CoalescingQueue.Queued(WS, A, 1, T0.plusSeconds(1)));
    }

    @Test
    void givenWorkerWaitingOnClaimedLead_whenFinished_thenItIsWokenAndClaimsIt() throws Exception {
        CoalescingQueue q = new CoalescingQueue(100);
        q.enqueue(WS, Map.of(A, 1), T0);
        List<CoalescingQueue.Queued> first = q.claim(10, 1, TimeUnit.SECONDS);
        q.enqueue(WS, Map.of(A, 2), T0.plusSeconds(1));
        CountDownLatch claimed = new CountDownLatch(1);
        Thread other = new Thread(() -> {
            try {
                if (q.claim(10, 10, TimeUnit.SECONDS).size() == 1) {
                    claimed.countDown();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        other.start();

        assertThat(claimed.await(100, TimeUnit.MILLISECONDS)).isFalse();
        q.finish(first);

        assertThat(claimed.await(10, TimeUnit.SECONDS)).isTrue();
        other.join();
        assertThat(q.depth()).isZero();
    }

    @Test
    void givenAClaimLingering_whenMoreLeadsComeBeforeItIsFull_thenOneBatchTakesThemAll() throws Exception {
        CoalescingQueue q = new CoalescingQueue(100);
        q.enqueue(WS, Map.of(A, 1), T0);
        CompletableFuture<List<CoalescingQueue.Queued>> batch = CompletableFuture.supplyAsync(() -> {
            try {
                return q.claim(2, TimeUnit.SECONDS.toNanos(60), TimeUnit.SECONDS.toNanos(60));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        while (!q.claimed(WS, A)) {
            Thread.onSpinWait();
        }

        q.enqueue(WS, Map.of(B, 3), T0.plusSeconds(1));

        assertThat(batch.get(30, TimeUnit.SECONDS))
                .containsExactly(new CoalescingQueue.Queued(WS, A, 1, T0), new CoalescingQueue.Queued(WS, B, 3, T0.plusSeconds(1)));
    }

    @Test
    void givenAClaimLingering_whenNothingMoreComes_thenItReturnsWhatItTook() throws Exception {
        CoalescingQueue q = new CoalescingQueue(100);
        q.enqueue(WS, Map.of(A, 1), T0);

        assertThat(q.claim(10, TimeUnit.SECONDS.toNanos(60), TimeUnit.MILLISECONDS.toNanos(1)))
                .containsExactly(new CoalescingQueue.Queued(WS, A, 1, T0));
        assertThat(q.claimed(WS, A)).isTrue();
    }
}
