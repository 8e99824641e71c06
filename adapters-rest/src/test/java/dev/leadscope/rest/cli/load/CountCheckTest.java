package dev.leadscope.rest.cli.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CountCheckTest {

    @Test
    void givenEveryAcceptedEventStored_whenChecked_thenTheyMatch() {
        CountCheck c = CountCheck.of(List.of("a", "b", "c"), List.of("c", "a", "b"));
        assertThat(c.matches()).isTrue();
        assertThat(c.expected()).isEqualTo(3);
        assertThat(c.found()).isEqualTo(3);
    }

    @Test
    void givenAnAcceptedEventNotStored_whenChecked_thenItIsMissingAndNamed() {
        CountCheck c = CountCheck.of(List.of("a", "b", "c"), List.of("a", "c"));
        assertThat(c.matches()).isFalse();
        assertThat(c.missing()).isEqualTo(1);
        assertThat(c.missingSample()).containsExactly("b");
    }

    @Test
    void givenAnEventStoredWithoutA2xx_whenChecked_thenItIsCountedApart() {
        CountCheck c = CountCheck.of(List.of("a"), List.of("a", "timed-out"));
        assertThat(c.matches()).isFalse();
        assertThat(c.missing()).isZero();
        assertThat(c.unexpected()).isEqualTo(1);
    }
}
