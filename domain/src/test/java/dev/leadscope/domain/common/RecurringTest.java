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
    void givenAnInterningCanonicalForm_whenAValueIsFirstSeen_thenTheKeptInstanceIsTheOneWrittenInCode() {
        Recurring<String> kept = new Recurring<>(10, String::intern);
        String read = new String("case_study");
        assertThat(read).isNotSameAs("case_study");
        assertThat(kept.of(read)).isSameAs("case_study");
        assertThat(kept.of(new String("case_study"))).isSameAs("case_study");
    }

    @Test
    void givenACanonicalFormNotEqualToTheValue_whenKept_thenRefused() {
        Recurring<String> kept = new Recurring<>(10, v -> v.toUpperCase(java.util.Locale.ROOT));
        assertThatThrownBy(() -> kept.of("pricing")).isInstanceOf(IllegalStateException.class).hasMessageContaining("PRICING");
    }

    @Test
    void givenNoRoom_whenMade_thenRefused() {
        assertThatThrownBy(() -> new Recurring<String>(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
