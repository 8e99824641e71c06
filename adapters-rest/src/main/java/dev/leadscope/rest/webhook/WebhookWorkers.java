package dev.leadscope.rest.webhook;

import dev.leadscope.domain.port.in.DeliverWebhooksUseCase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Background threads that deliver due webhooks: each claims a batch, sends it, and when nothing was due sleeps until
 * the poll interval passes or {@link #wake} is called (after a publish or redelivery). Several instances may run
 * against one database; the outbox's claims keep them apart. The first thread also removes finished deliveries past
 * their retention, once an hour.
 */
public final class WebhookWorkers implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookWorkers.class);
    private static final Duration PRUNE_EVERY = Duration.ofHours(1);

    private final DeliverWebhooksUseCase dispatch;
    private final int threads;
    private final int batchSize;
    private final long pollMillis;
    private final Duration retention;
    private long lastPruneNanos = System.nanoTime();
    private final Object signal = new Object();
    private final List<Thread> running = new ArrayList<>();
    private boolean woken;
    private volatile boolean stopped;

    /** @param retention how long finished deliveries stay in the log; zero keeps them */
    public WebhookWorkers(DeliverWebhooksUseCase dispatch, int threads, int batchSize, Duration pollInterval, Duration retention) {
        this.dispatch = dispatch;
        this.retention = retention;
        this.threads = threads;
        this.batchSize = batchSize;
        this.pollMillis = Math.max(1, pollInterval.toMillis());
    }

    /** Starts the threads once; later calls do nothing. */
    public synchronized void start() {
        if (!running.isEmpty() || stopped) {
            return;
        }
        for (int i = 0; i < threads; i++) {
            boolean prunes = i == 0;
            Thread t = new Thread(() -> loop(prunes), "webhook-worker-" + i);
            t.setDaemon(true);
            running.add(t);
            t.start();
        }
        LOG.info("webhook delivery: {} worker thread(s), polling every {} ms", threads, pollMillis);
    }

    /** Makes sleeping workers look for due deliveries now. */
    public void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    private void loop(boolean prunes) {
        while (!stopped) {
            if (prunes) {
                pruneHourly();
            }
            int attempted;
            try {
                attempted = dispatch.deliverDue(batchSize);
            } catch (RuntimeException e) {
                LOG.warn("webhook delivery round failed; trying again after the poll interval: {}", e.toString());
                attempted = 0;
            }
            if (attempted == 0) {
                try {
                    synchronized (signal) {
                        if (!woken && !stopped) {
                            signal.wait(pollMillis);
                        }
                        woken = false;
                    }
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private void pruneHourly() {
        if (retention.isZero() || System.nanoTime() - lastPruneNanos < PRUNE_EVERY.toNanos()) {
            return;
        }
        lastPruneNanos = System.nanoTime();
        try {
            int removed = dispatch.pruneFinished(retention);
            if (removed > 0) {
                LOG.info("webhook delivery log: removed {} deliveries finished more than {} ago", removed, retention);
            }
        } catch (RuntimeException e) {
            LOG.warn("webhook delivery log could not be pruned; trying again in an hour: {}", e.toString());
        }
    }

    /** Stops the threads; a delivery being sent is left to its lease and retried by whichever worker claims it next. */
    @Override
    public synchronized void close() {
        stopped = true;
        wake();
        running.forEach(Thread::interrupt);
        running.clear();
    }
}
