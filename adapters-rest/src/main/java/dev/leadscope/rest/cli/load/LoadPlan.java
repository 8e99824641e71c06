package dev.leadscope.rest.cli.load;

import java.time.Duration;

/**
 * What a load run sends: events per second to the event leads and score reads per second to the read leads (two
 * disjoint halves of the leads, so that reads never add scores to the histories the lag is read from), for
 * {@code warmup} unmeasured then {@code duration} measured; {@code settle} is how long to wait for the last
 * rescorings before events without a score count as unscored; each stream uses {@code connections} keep-alive
 * connections with at most {@code maxInFlight} requests sent or waiting for one.
 */
public record LoadPlan(double eventRate, double readRate, Duration duration, Duration warmup, Duration settle, int connections,
                       int maxInFlight, long seed) {
    public LoadPlan {
        if (!(eventRate >= 0 && readRate >= 0 && eventRate + readRate > 0)) {
            throw new IllegalArgumentException("--event-rate and --read-rate must not be negative, and one must be above 0");
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("--duration must be above 0: " + duration);
        }
        if (warmup.isNegative() || settle.isNegative()) {
            throw new IllegalArgumentException("--warmup and --settle must not be negative");
        }
        if (connections < 1 || connections > 256) {
            throw new IllegalArgumentException("--connections must be between 1 and 256: " + connections);
        }
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("--max-in-flight must be at least 1: " + maxInFlight);
        }
    }

    public Duration total() {
        return warmup.plus(duration);
    }
}
