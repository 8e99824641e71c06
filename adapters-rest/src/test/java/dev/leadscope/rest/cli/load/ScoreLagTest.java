package dev.leadscope.rest.cli.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoreLagTest {

    @Test
    void givenScoresAroundAnEvent_whenMatched_thenTheFirstScoreAtOrAfterTheSendCountsFromTheIntendedMoment() {
        // due at 1,000 µs, sent late at 1,500 µs; scores at 1,200 (before the send: cannot include it), 9,000 and 20,000
        List<SentEvent> events = List.of(new SentEvent(0, "e1", 1_000, 1_500, true));
        ScoreLag.Result r = ScoreLag.compute(events, Map.of(0, new long[] {20_000, 1_200, 9_000}));
        assertThat(r.lag().percentile(100)).isEqualTo(8_000);
        assertThat(r.scored()).isEqualTo(1);
        assertThat(r.unscored()).isZero();
    }

    @Test
    void givenAScoreStoredAtTheSendMicrosecond_whenMatched_thenItCounts() {
        ScoreLag.Result r = ScoreLag.compute(List.of(new SentEvent(0, "e1", 100, 100, true)), Map.of(0, new long[] {100, 100}));
        assertThat(r.lag().max()).isZero();
        assertThat(r.scored()).isEqualTo(1);
    }

    @Test
    void givenLeadsWithoutALaterScore_whenMatched_thenTheirEventsAreUnscoredAndNamed() {
        List<SentEvent> events = List.of(
                new SentEvent(0, "e1", 1_000, 1_000, true),
                new SentEvent(0, "e2", 5_000, 5_000, true),
                new SentEvent(1, "e3", 1_000, 1_000, true));
        ScoreLag.Result r = ScoreLag.compute(events, Map.of(0, new long[] {3_000}));
        assertThat(r.scored()).isEqualTo(1);
        assertThat(r.unscored()).isEqualTo(2);
        assertThat(r.unscoredSample()).containsExactly("e2", "e3");
        assertThat(r.lag().count()).isEqualTo(1);
    }

    @Test
    void givenWarmUpEvents_whenMatched_thenCheckedForAScoreButLeftOutOfTheLag() {
        List<SentEvent> events = List.of(new SentEvent(0, "warm", 0, 0, false), new SentEvent(0, "hot", 10_000, 10_000, true));
        ScoreLag.Result r = ScoreLag.compute(events, Map.of(0, new long[] {50_000, 12_000}));
        assertThat(r.scored()).isEqualTo(2);
        assertThat(r.lag().count()).isEqualTo(1);
        assertThat(r.lag().max()).isEqualTo(2_000);
    }

    @Test
    void firstAtOrAfterFindsTheEarliestQualifyingMoment() {
        long[] times = {10, 20, 20, 30};
        assertThat(ScoreLag.firstAtOrAfter(times, 5)).isEqualTo(10);
        assertThat(ScoreLag.firstAtOrAfter(times, 20)).isEqualTo(20);
        assertThat(ScoreLag.firstAtOrAfter(times, 21)).isEqualTo(30);
        assertThat(ScoreLag.firstAtOrAfter(times, 31)).isEqualTo(Long.MIN_VALUE);
        assertThat(ScoreLag.firstAtOrAfter(new long[0], 1)).isEqualTo(Long.MIN_VALUE);
        assertThat(ScoreLag.firstAtOrAfter(null, 1)).isEqualTo(Long.MIN_VALUE);
    }
}
