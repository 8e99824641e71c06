package dev.leadscope.rest.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenBucketsTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void givenBurstSpent_whenAskedAgain_thenWaitUntilRefilledAndOtherCallersUnaffected() {
        TokenBuckets buckets = new TokenBuckets(2, 3);

        assertThat(buckets.take("a", 0)).isZero();
        assertThat(buckets.take("a", 0)).isZero();
        assertThat(buckets.take("a", 0)).isZero();
        assertThat(buckets.take("a", 0)).isEqualTo(1);
        assertThat(buckets.take("b", 0)).isZero();
        assertThat(buckets.take("a", SECOND / 2)).isZero();
        assertThat(buckets.take("a", SECOND / 2)).isEqualTo(1);
    }

    @Test
    void givenLongQuiet_whenAsked_thenBucketHoldsAtMostTheBurst() {
        TokenBuckets buckets = new TokenBuckets(10, 2);
        buckets.take("a", 0);

        long later = 3600 * SECOND;
        assertThat(buckets.take("a", later)).isZero();
        assertThat(buckets.take("a", later)).isZero();
        assertThat(buckets.take("a", later)).isEqualTo(1);
    }

    @Test
    void givenSlowRefill_whenEmpty_thenRetryAfterCoversTheWholeWait() {
        TokenBuckets buckets = new TokenBuckets(0.1, 1);
        buckets.take("a", 0);

        assertThat(buckets.take("a", 0)).isEqualTo(10);
        assertThat(buckets.take("a", 5 * SECOND)).isEqualTo(5);
    }
}
