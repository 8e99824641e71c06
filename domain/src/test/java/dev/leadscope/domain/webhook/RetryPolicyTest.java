package dev.leadscope.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Backoff doubles from the base up to the cap, jitter keeps each wait in the upper half of its window, and tries run out. */
class RetryPolicyTest {
    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(10), Duration.ofMinutes(5), 8);

    @Test
    void givenSuccessiveFailures_thenTheWindowDoublesUntilTheCap() {
        assertThat(policy.ceiling(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(policy.ceiling(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(policy.ceiling(5)).isEqualTo(Duration.ofSeconds(160));
        assertThat(policy.ceiling(6)).isEqualTo(Duration.ofMinutes(5));
        assertThat(policy.ceiling(1000)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void givenJitter_thenTheWaitFallsInTheUpperHalfOfTheWindow() {
        assertThat(policy.delay(3, 0.0)).isEqualTo(Duration.ofSeconds(20));
        assertThat(policy.delay(3, 0.5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.delay(3, 0.999999)).isLessThan(Duration.ofSeconds(40)).isGreaterThan(Duration.ofSeconds(39));
    }

    @Test
    void givenTheLastTry_thenNoMoreRetries() {
        assertThat(policy.retries(7)).isTrue();
        assertThat(policy.retries(8)).isFalse();
    }

    @Test
    void givenNonsense_thenRefusedNamingTheSetting() {
        assertThatThrownBy(() -> new RetryPolicy(Duration.ZERO, Duration.ofSeconds(1), 3)).hasMessageStartingWith("base must");
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(2), Duration.ofSeconds(1), 3)).hasMessageStartingWith("cap must");
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1), 0)).hasMessageStartingWith("maxAttempts must");
    }
}
