package dev.leadscope.rest.cli.load;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
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

    /** Receives each request's completion, on an HTTP client thread. */
    public interface Listener {
        void completed(Completion completion);
    }

    private final HttpClient http;
    private final ScheduledExecutorService timer;
    private final int maxInFlight;
    private final AtomicLong throttled = new AtomicLong();

    public OpenLoopDriver(HttpClient http, ScheduledExecutorService timer, int maxInFlight) {
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
    public boolean run(PacingSchedule schedule, long count, LongFunction<HttpRequest> requests, Listener listener,
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

    private void send(long index, long due, HttpRequest request, int retries, Semaphore permits, Listener listener) {
        long sent = System.nanoTime();
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
            long done = System.nanoTime();
            if (failure == null && response.statusCode() == 429 && retries < MAX_RETRIES) {
                throttled.incrementAndGet();
                timer.schedule(() -> send(index, due, request, retries + 1, permits, listener),
                        retryAfter(response.headers().firstValue("Retry-After")).toNanos(), TimeUnit.NANOSECONDS);
                return;
            }
            try {
                listener.completed(new Completion(index, due, sent, done, failure == null ? response.statusCode() : 0,
                        unwrap(failure), retries));
            } finally {
                permits.release();
            }
        });
    }

    /** Seconds (whole or decimal) from a Retry-After header; a missing or dated header waits one second. */
    static Duration retryAfter(Optional<String> header) {
        if (header.isEmpty()) {
            return DEFAULT_RETRY_AFTER;
        }
        try {
            double seconds = Double.parseDouble(header.get().trim());
            return seconds >= 0 && seconds < 3600 ? Duration.ofNanos((long) (seconds * 1e9)) : DEFAULT_RETRY_AFTER;
        } catch (NumberFormatException e) {
            return DEFAULT_RETRY_AFTER;
        }
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }
}
