package dev.leadscope.domain.webhook;

import java.time.Duration;
import java.util.Objects;

/**
 * When to try a failed delivery again: after attempt n the wait is {@code min(cap, base * 2^(n-1))}, of which a random
 * half is dropped (jitter, so that receivers that came back are not hit by every sender at once); after
 * {@code maxAttempts} tries the delivery is dead.
 */
public record RetryPolicy(Duration base, Duration cap, int maxAttempts) {
    public static final RetryPolicy DEFAULT = new RetryPolicy(Duration.ofSeconds(10), Duration.ofHours(1), 8);

    public RetryPolicy {
        Objects.requireNonNull(base, "base must not be empty");
        Objects.requireNonNull(cap, "cap must not be empty");
        if (base.isNegative() || base.isZero()) {
            throw new IllegalArgumentException("base must be positive: " + base);
        }
        if (cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("cap must be at least the base " + base + ": " + cap);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
        }
    }

    /** Whether a delivery that has now had {@code attemptsMade} tries gets another. */
    public boolean retries(int attemptsMade) {
        return attemptsMade < maxAttempts;
    }

    /** The longest wait after attempt {@code attemptsMade} (before jitter). */
    public Duration ceiling(int attemptsMade) {
        int doublings = Math.min(Math.max(attemptsMade - 1, 0), 40);
        long millis = base.toMillis();
        long capMillis = cap.toMillis();
        for (int i = 0; i < doublings && millis < capMillis; i++) {
            millis *= 2;
        }
        return Duration.ofMillis(Math.min(millis, capMillis));
    }

    /** The wait after attempt {@code attemptsMade}, with {@code unitRandom} in [0,1) choosing where in the upper half it falls. */
    public Duration delay(int attemptsMade, double unitRandom) {
        if (!(unitRandom >= 0 && unitRandom < 1)) {
            throw new IllegalArgumentException("unitRandom must be in [0,1): " + unitRandom);
        }
        long ceiling = ceiling(attemptsMade).toMillis();
        return Duration.ofMillis(ceiling / 2 + (long) (unitRandom * (ceiling - ceiling / 2)));
    }
}
