package dev.leadscope.domain.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RecurringTest {
    @Test
    void givenEqualValues_whenKept_thenTheFirstInstanceIsGivenForAll() {
        Recurring<String> kept = new Recurring<>(10);
        String first = new String("pricing");
        assertThat(kept.of(first)).isSameAs(first);
        assertThat(kept.of(new String("pricing"))).isSameAs(first);
        assertThat(kept.of("docs")).isEqualTo("docs");
    }

    @Test
    void givenTheLimitReached_whenANewValueComes_thenItIsUsedAsItIs_andKeptOnesStayShared() {
        Recurring<String> kept = new Recurring<>(1);
        String first = kept.of(new String("a"));
        String other = new String("b");
        assertThat(kept.of(other)).isSameAs(other);
        assertThat(kept.of(new String("b"))).isNotSameAs(other).isEqualTo("b");
        assertThat(kept.of(new String("a"))).isSameAs(first);
    }

    @Test
    void givenNoRoom_whenMade_thenRefused() {
        assertThatThrownBy(() -> new Recurring<String>(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
