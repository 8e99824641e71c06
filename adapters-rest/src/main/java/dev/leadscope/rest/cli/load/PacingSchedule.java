package dev.leadscope.rest.cli.load;

import java.time.Duration;

/**
 * When each request of an open-loop run is due: the i-th at {@code start + i / rate}, whatever happened to the
 * ones before it. Latency is measured from this intended moment, so a stalled service cannot hide its stall by
 * holding the client back (coordinated omission).
 *
 * @param startNanos     {@link System#nanoTime()} at which the first request is due
 * @param ratePerSecond  requests per second, above 0
 */
public record PacingSchedule(long startNanos, double ratePerSecond) {
    public PacingSchedule {
        if (!(ratePerSecond > 0 && ratePerSecond <= 1_000_000)) {
            throw new IllegalArgumentException("rate must be in (0, 1000000] per second: " + ratePerSecond);
        }
    }

    /** The {@link System#nanoTime()} at which request {@code i} (from 0) is due. */
    public long intendedNanos(long i) {
        if (i < 0) {
            throw new IllegalArgumentException("request index must not be negative: " + i);
        }
        return startNanos + Math.round(i * 1e9 / ratePerSecond);
    }

    /** How many requests fall due in the first {@code span} of the run. */
    public long countWithin(Duration span) {
        return (long) Math.ceil(span.toNanos() * ratePerSecond / 1e9 - 1e-9);
    }

    /** Whether request {@code i} falls due within the first {@code span} (the warm-up) of the run. */
    public boolean within(long i, Duration span) {
        return intendedNanos(i) - startNanos < span.toNanos();
    }
}
