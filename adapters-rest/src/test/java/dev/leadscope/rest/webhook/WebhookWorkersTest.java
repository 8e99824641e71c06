package dev.leadscope.rest.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.port.in.DeliverWebhooksUseCase;
import dev.leadscope.domain.webhook.DeliveryAttempt;
import dev.leadscope.domain.webhook.DeliveryClaim;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Idle workers sleep for the poll interval but look again at once when woken, and keep going after a failed round. */
class WebhookWorkersTest {

    /** Counts delivery rounds; the first round fails when asked to. */
    static final class CountingDispatch implements DeliverWebhooksUseCase {
        final AtomicInteger rounds = new AtomicInteger();
        final boolean failFirst;

        CountingDispatch(boolean failFirst) {
            this.failFirst = failFirst;
        }

        @Override
        public int deliverDue(int limit) {
            if (rounds.incrementAndGet() == 1 && failFirst) {
                throw new IllegalStateException("database away");
            }
            return 0;
        }

        @Override
        public int pruneFinished(Duration retention) {
            return 0;
        }

        @Override
        public Optional<DeliveryAttempt> attempt(DeliveryClaim claim) {
            return Optional.empty();
        }
    }

    @Test
    void givenAnHourLongPollInterval_whenWoken_thenTheWorkerLooksAgainAtOnce() {
        CountingDispatch dispatch = new CountingDispatch(false);
        try (WebhookWorkers workers = new WebhookWorkers(dispatch, 1, 10, Duration.ofHours(1), Duration.ZERO)) {
            workers.start();
            Receiver.await("first round", () -> dispatch.rounds.get() >= 1);

            workers.wake();

            Receiver.await("a round after waking", () -> dispatch.rounds.get() >= 2);
        }
    }

    @Test
    void givenARoundThatFails_whenWoken_thenTheWorkerIsStillThere() {
        CountingDispatch dispatch = new CountingDispatch(true);
        try (WebhookWorkers workers = new WebhookWorkers(dispatch, 1, 10, Duration.ofHours(1), Duration.ZERO)) {
            workers.start();
            Receiver.await("the failing round", () -> dispatch.rounds.get() >= 1);

            workers.wake();

            Receiver.await("a round after the failure", () -> dispatch.rounds.get() >= 2);
        }
    }

    @Test
    void givenNoThreads_thenNothingRuns() throws InterruptedException {
        CountingDispatch dispatch = new CountingDispatch(false);
        try (WebhookWorkers workers = new WebhookWorkers(dispatch, 0, 10, Duration.ofMillis(10), Duration.ZERO)) {
            workers.start();
            workers.wake();
            Thread.sleep(100);
        }
        assertThat(dispatch.rounds.get()).isZero();
    }
}
