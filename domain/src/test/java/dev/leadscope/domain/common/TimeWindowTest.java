package dev.leadscope.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeWindowTest {
    private static final Instant T = Instant.parse("2026-03-02T09:00:00Z");

    private record Stamp(String name, Instant at) {
    }

    private static final List<Stamp> STAMPS = List.of(
            new Stamp("before", T.minusSeconds(1)), new Stamp("at from", T), new Stamp("inside", T.plusSeconds(30)),
            new Stamp("at to", T.plusSeconds(60)), new Stamp("late inside", T.plusSeconds(10)));

    @Test
    void keepsTheItemsFromItsStartUpToButNotIncludingItsEndInTheListsOrder() {
        assertThat(TimeWindow.of(STAMPS, Stamp::at, T, T.plusSeconds(60), 10)).extracting(Stamp::name)
                .containsExactly("at from", "inside", "late inside");
    }

    @Test
    void stopsAtTheLimit() {
        assertThat(TimeWindow.of(STAMPS, Stamp::at, T, T.plusSeconds(60), 2)).extracting(Stamp::name)
                .containsExactly("at from", "inside");
        assertThat(TimeWindow.of(STAMPS, Stamp::at, T, T.plusSeconds(60), 0)).isEmpty();
    }
}
