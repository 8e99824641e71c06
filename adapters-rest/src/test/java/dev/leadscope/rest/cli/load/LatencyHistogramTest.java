package dev.leadscope.rest.cli.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LatencyHistogramTest {

    @Test
    void givenNothingRecorded_whenAskedForPercentiles_thenZero() {
        LatencyHistogram h = new LatencyHistogram();
        assertThat(h.percentile(99)).isZero();
        assertThat(h.count()).isZero();
        assertThat(h.describe()).contains("n = 0");
    }

    @Test
    void givenSmallValues_whenRecorded_thenPercentilesAreExact() {
        LatencyHistogram h = new LatencyHistogram();
        for (int v = 1; v <= 100; v++) {
            h.record(v);
        }
        assertThat(h.percentile(50)).isEqualTo(50);
        assertThat(h.percentile(90)).isEqualTo(90);
        assertThat(h.percentile(99)).isEqualTo(99);
        assertThat(h.percentile(100)).isEqualTo(100);
        assertThat(h.max()).isEqualTo(100);
        assertThat(h.mean()).isEqualTo(50.5);
    }

    @Test
    void givenValuesOverManyMagnitudes_whenAskedForPercentiles_thenWithinOnePercentAndNeverBelowTheTrueValue() {
        LatencyHistogram h = new LatencyHistogram();
        Random r = new Random(3);
        long[] values = new long[100_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = (long) Math.exp(r.nextDouble() * Math.log(60_000_000.0));
            h.record(values[i]);
        }
        Arrays.sort(values);
        for (double p : new double[] {1, 10, 50, 90, 99, 99.9, 99.99}) {
            long exact = values[(int) Math.ceil(p / 100 * values.length) - 1];
            assertThat(h.percentile(p)).as("p%s", p).isGreaterThanOrEqualTo(exact).isLessThanOrEqualTo((long) (exact * 1.01) + 1);
        }
        assertThat(h.percentile(100)).isEqualTo(values[values.length - 1]);
    }

    @Test
    void bucketsAreContiguousAndEachHoldsOnlyValuesUpToItsTop() {
        long previousTop = -1;
        for (int i = 0; i < 7000; i++) {
            long top = LatencyHistogram.highestEquivalent(i);
            assertThat(top).as("bucket %d", i).isGreaterThan(previousTop);
            assertThat(LatencyHistogram.index(previousTop + 1)).isEqualTo(i);
            assertThat(LatencyHistogram.index(top)).isEqualTo(i);
            previousTop = top;
        }
        assertThat(LatencyHistogram.index(Long.MAX_VALUE)).isLessThan(7424);
    }

    @Test
    void givenANegativeValue_whenRecorded_thenCountedAsZero() {
        LatencyHistogram h = new LatencyHistogram();
        h.record(-5);
        assertThat(h.percentile(50)).isZero();
        assertThat(h.count()).isEqualTo(1);
    }

    @Test
    void givenAPercentOutsideTheRange_whenAsked_thenRefused() {
        assertThatThrownBy(() -> new LatencyHistogram().percentile(101)).isInstanceOf(IllegalArgumentException.class);
    }
}
