package dev.leadscope.rest.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One token bucket per caller: {@code burst} tokens, refilled at {@code perSecond}; each request takes one. Thread-safe;
 * buckets of callers quiet for a while are dropped so the map stays small.
 */
final class TokenBuckets {
    private static final long IDLE_NANOS = 10L * 60 * 1_000_000_000L;

    private final double perSecond;
    private final int burst;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    TokenBuckets(double perSecond, int burst) {
        this.perSecond = perSecond;
        this.burst = burst;
    }

    /** 0 when {@code caller} may go ahead (a token is taken), else the whole seconds until a token is free. */
    long take(String caller, long nowNanos) {
        if (buckets.size() > 10_000) {
            buckets.values().removeIf(b -> b.idleSince(nowNanos) > IDLE_NANOS);
        }
        return buckets.computeIfAbsent(caller, c -> new Bucket(burst, nowNanos)).take(nowNanos, perSecond, burst);
    }

    private static final class Bucket {
        private double tokens;
        private long last;

        Bucket(int burst, long now) {
            this.tokens = burst;
            this.last = now;
        }

        synchronized long take(long now, double perSecond, int burst) {
            tokens = Math.min(burst, tokens + (now - last) / 1e9 * perSecond);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / perSecond));
        }

        synchronized long idleSince(long now) {
            return now - last;
        }
    }
}
