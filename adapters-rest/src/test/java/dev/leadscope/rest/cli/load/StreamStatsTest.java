package dev.leadscope.rest.cli.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Measured requests over the bound are tallied by the second they were due, counted from the measured part's first. */
class StreamStatsTest {
    private static final long SECOND = 1_000_000_000L;
    private static final long T = 1_000 * SECOND;

    @Test
    void slowRequestsAreCountedPerSecondDueAndTheWarmUpIsLeftOut() {
        StreamStats stats = new StreamStats(2, 5_000);
        stats.completed(done(0, T - 3 * SECOND, 50_000));      // warm-up: slow, not counted
        stats.completed(done(1, T - 2 * SECOND, 900));
        stats.completed(done(2, T, 800));                     // first measured second
        stats.completed(done(3, T + 300_000_000L, 7_000));
        stats.completed(done(4, T + 2 * SECOND, 6_000));
        stats.completed(done(5, T + 2 * SECOND + 10, 12_000));
        stats.completed(done(6, T + 4 * SECOND, 5_000));       // at the bound: not over it

        assertThat(stats.slowSeconds()).isEqualTo(Map.of(0L, 1L, 2L, 2L));
        assertThat(stats.measuredSeconds()).isEqualTo(5);
        assertThat(stats.describeSlow()).isEqualTo("3 over 5.00 ms, in 2 of 5 s; most at +2 s (2), +0 s (1)");
    }

    @Test
    void nothingMeasuredReadsAsNothingSlow() {
        StreamStats stats = new StreamStats(0, 5_000);

        assertThat(stats.measuredSeconds()).isZero();
        assertThat(stats.describeSlow()).isEqualTo("0 over 5.00 ms, in 0 of 0 s");
    }

    @Test
    void aBoundOfZeroIsRefused() {
        assertThatThrownBy(() -> new StreamStats(0, 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("slowMicros");
    }

    private static OpenLoopDriver.Completion done(long index, long intendedNanos, long latencyMicros) {
        long doneNanos = intendedNanos + latencyMicros * 1_000;
        return new OpenLoopDriver.Completion(index, intendedNanos, intendedNanos, doneNanos, 200, null, 0);
    }
}
