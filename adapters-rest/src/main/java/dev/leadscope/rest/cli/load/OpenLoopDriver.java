package dev.leadscope.rest.cli.load;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongFunction;

/**
 * Sends one stream of requests at the moments a {@link PacingSchedule} gives, without waiting for earlier answers
 * (open loop); answers are read for their status only. A 429 is sent again after its Retry-After and counted as throttled, not as an answer; the request's
 * latency still runs from its first intended moment. At most {@code maxInFlight} requests are outstanding: past
 * that the sender waits, and the wait shows up in the latencies because they are measured from the schedule.
 */
public final class OpenLoopDriver {
    static final int MAX_RETRIES = 100;
    static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);

    /** How one request ended, after any retries. */
    public record Completion(long index, long intendedNanos, long lastSentNanos, long doneNanos, int status,
                             Throwable failure, int retries) {
        public boolean ok() {
            return failure == null && status >= 200 && status < 300;
        }

        /** The status as counted in the report: the number, or the exception's simple name when none came back. */
        public String outcome() {
            return failure == null ? Integer.toString(status) : failure.getClass().getSimpleName();
        }

        public long latencyMicros() {
            return (doneNanos - intendedNanos) / 1000;
        }
    }

    /** Receives each request's completion, on a connection's thread. */
    public interface Listener {
        void completed(Completion completion);
    }

    private final KeepAliveHttpClient http;
    private final ScheduledExecutorService timer;
    private final int maxInFlight;
    private final AtomicLong throttled = new AtomicLong();

    public OpenLoopDriver(KeepAliveHttpClient http, ScheduledExecutorService timer, int maxInFlight) {
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("maxInFlight must be at least 1: " + maxInFlight);
        }
        this.http = http;
        this.timer = timer;
        this.maxInFlight = maxInFlight;
    }

    /** 429 answers that were sent again. */
    public long throttled() {
        return throttled.get();
    }

    /**
     * Sends requests 0 to {@code count - 1} on schedule and returns once every one has completed or {@code drainTimeout}
     * has passed after the last was sent.
     *
     * @return whether every request completed
     */
    public boolean run(PacingSchedule schedule, long count, LongFunction<KeepAliveHttpClient.Request> requests, Listener listener,
                       Duration drainTimeout) throws InterruptedException {
        Semaphore permits = new Semaphore(maxInFlight);
        for (long i = 0; i < count; i++) {
            long due = schedule.intendedNanos(i);
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            permits.acquire();
            send(i, due, requests.apply(i), 0, permits, listener);
        }
        boolean drained = permits.tryAcquire(maxInFlight, drainTimeout.toNanos(), TimeUnit.NANOSECONDS);
        if (drained) {
            permits.release(maxInFlight);
        }
        return drained;
    }

    private void send(long index, long due, KeepAliveHttpClient.Request request, int retries, Semaphore permits,
                      Listener listener) throws InterruptedException {
        long sent = System.nanoTime();
        http.submit(request, (status, retryAfter, failure) -> {
            long done = System.nanoTime();
            if (failure == null && status == 429 && retries < MAX_RETRIES) {
                throttled.incrementAndGet();
                timer.schedule(() -> resend(index, due, request, retries + 1, permits, listener),
                        retryAfter(retryAfter).toNanos(), TimeUnit.NANOSECONDS);
                return;
            }
            try {
                listener.completed(new Completion(index, due, sent, done, failure == null ? status : 0, failure, retries));
            } finally {
                permits.release();
            }
        });
    }

    private void resend(long index, long due, KeepAliveHttpClient.Request request, int retries, Semaphore permits,
                        Listener listener) {
        try {
            send(index, due, request, retries, permits, listener);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            permits.release();
        }
    }

    /** Seconds (whole or decimal) from a Retry-After header; a missing (null) or dated header waits one second. */
    static Duration retryAfter(String header) {
        if (header == null) {
            return DEFAULT_RETRY_AFTER;
        }
        try {
            double seconds = Double.parseDouble(header.trim());
            return seconds >= 0 && seconds < 3600 ? Duration.ofNanos((long) (seconds * 1e9)) : DEFAULT_RETRY_AFTER;
        } catch (NumberFormatException e) {
            return DEFAULT_RETRY_AFTER;
        }
    }
}
