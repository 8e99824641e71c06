package dev.leadscope.rest.cli.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PacingScheduleTest {

    @Test
    void givenARate_whenAskedForIntendedMoments_thenEvenlySpacedFromTheStart() {
        PacingSchedule s = new PacingSchedule(1_000, 1_000);
        assertThat(s.intendedNanos(0)).isEqualTo(1_000);
        assertThat(s.intendedNanos(1)).isEqualTo(1_001_000);
        assertThat(s.intendedNanos(1_000)).isEqualTo(1_000_001_000L);
    }

    @Test
    void givenAFractionalRate_whenManyRequests_thenNoDriftAccumulates() {
        PacingSchedule s = new PacingSchedule(0, 3);
        assertThat(s.intendedNanos(3)).isEqualTo(1_000_000_000L);
        assertThat(s.intendedNanos(3_000_000)).isEqualTo(1_000_000_000_000_000L);
    }

    @Test
    void givenASpan_whenCounted_thenEveryRequestDueBeforeItsEnd() {
        PacingSchedule s = new PacingSchedule(0, 1_000);
        assertThat(s.countWithin(Duration.ofSeconds(60))).isEqualTo(60_000);
        assertThat(s.countWithin(Duration.ofMillis(1))).isEqualTo(1);
        assertThat(s.countWithin(Duration.ZERO)).isZero();
        assertThat(s.within(9_999, Duration.ofSeconds(10))).isTrue();
        assertThat(s.within(10_000, Duration.ofSeconds(10))).isFalse();
        assertThat(new PacingSchedule(0, 7).countWithin(Duration.ofSeconds(1))).isEqualTo(7);
    }

    @Test
    void givenANonPositiveRate_whenMade_thenRefused() {
        assertThatThrownBy(() -> new PacingSchedule(0, 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rate");
    }
}
