package dev.leadscope.rest.cli.load;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A thread-safe log-linear histogram of latencies in microseconds, in the manner of HdrHistogram: values below
 * 256 µs are kept exactly, larger ones in buckets no wider than 1/128 of their value, so every percentile is within
 * 0.8 % of the true figure (and never below it) from 1 µs to days, in a fixed 60 KB.
 */
public final class LatencyHistogram {
    private static final int SUB_BITS = 8;
    private static final int HALF = 1 << (SUB_BITS - 1);
    private static final int MAX_SHIFT = 64 - SUB_BITS;

    private final AtomicLongArray counts = new AtomicLongArray(HALF * MAX_SHIFT + 2 * HALF);
    private final AtomicLong total = new AtomicLong();
    private final AtomicLong sum = new AtomicLong();
    private final AtomicLong max = new AtomicLong();

    /** Records one value; negative values count as 0 (a clock step must not fail a run). */
    public void record(long micros) {
        long v = Math.max(0, micros);
        counts.incrementAndGet(index(v));
        total.incrementAndGet();
        sum.addAndGet(v);
        max.accumulateAndGet(v, Math::max);
    }

    static int index(long v) {
        int shift = Math.max(0, 64 - Long.numberOfLeadingZeros(v) - SUB_BITS);
        int sub = (int) (v >>> shift);
        return shift == 0 ? sub : shift * HALF + sub;
    }

    /** The highest value that falls in the same bucket as the value at {@code index}. */
    static long highestEquivalent(int index) {
        if (index < 2 * HALF) {
            return index;
        }
        int shift = index / HALF - 1;
        long sub = index - shift * HALF;
        return ((sub + 1) << shift) - 1;
    }

    public long count() {
        return total.get();
    }

    public long max() {
        return max.get();
    }

    public double mean() {
        long n = total.get();
        return n == 0 ? 0 : (double) sum.get() / n;
    }

    /**
     * The value at or below which {@code percent} of the recorded values lie (the smallest recorded value's bucket
     * top for 0, the maximum for 100); 0 when nothing was recorded.
     */
    public long percentile(double percent) {
        if (!(percent >= 0 && percent <= 100)) {
            throw new IllegalArgumentException("percent must be in [0,100]: " + percent);
        }
        long n = total.get();
        if (n == 0) {
            return 0;
        }
        long rank = Math.max(1, (long) Math.ceil(percent / 100.0 * n));
        long seen = 0;
        for (int i = 0; i < counts.length(); i++) {
            seen += counts.get(i);
            if (seen >= rank) {
                return Math.min(highestEquivalent(i), max.get());
            }
        }
        return max.get();
    }

    /** {@code p50 1.20 ms, p90 ..., p99 ..., p99.9 ..., max ... (n = 60,000)}. */
    public String describe() {
        return String.format(Locale.ROOT, "p50 %s, p90 %s, p99 %s, p99.9 %s, max %s (n = %,d)", millis(percentile(50)),
                millis(percentile(90)), millis(percentile(99)), millis(percentile(99.9)), millis(max()), count());
    }

    static String millis(long micros) {
        return String.format(Locale.ROOT, "%,.2f ms", micros / 1000.0);
    }
}
