package dev.leadscope.rest.cli.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class ReadBackTest {
    private final StringWriter out = new StringWriter();

    private ReadBack readBack(FakeLeadscope fake) {
        return new ReadBack(new ServiceClient(fake.url(), "secret", HttpClient.newHttpClient()), new PrintWriter(out, true));
    }

    private static long micros(Instant t) {
        return ServiceClient.epochMicros(t);
    }

    @Test
    void givenAScoreThatArrivesDuringTheSettleTime_whenRead_thenTheEventCountsAsScored() throws Exception {
        try (FakeLeadscope fake = new FakeLeadscope(2)) {
            Instant sent = Instant.now();
            List<SentEvent> events = List.of(new SentEvent(0, "e1", micros(sent), micros(sent), true));
            // the first read finds no score; the lead is rescored by the second
            fake.lateScoreAfterPolls.set(1);
            ScoreLag.Result r = readBack(fake).lag(events, fake.leads, Duration.ofSeconds(60));
            assertThat(r.scored()).isEqualTo(1);
            assertThat(r.unscored()).isZero();
            // read again a second after the first read: the score came at least that late
            assertThat(r.lag().max()).isGreaterThanOrEqualTo(1_000_000);
            assertThat(out.toString()).contains("1 leads still have events without a later score");
        }
    }

    @Test
    void givenAFirstReadSlowerThanTheSettleTime_whenTheScoreCameDuringIt_thenTheLeadIsReadAgainAndCountsAsScored() throws Exception {
        try (FakeLeadscope fake = new FakeLeadscope(1)) {
            Instant sent = Instant.now();
            fake.delayMillis = 300;
            fake.lateScoreAfterPolls.set(1);
            ScoreLag.Result r = readBack(fake).lag(List.of(new SentEvent(0, "e1", micros(sent), micros(sent), true)), fake.leads,
                    Duration.ofMillis(100));
            assertThat(r.scored()).isEqualTo(1);
            assertThat(r.unscored()).isZero();
        }
    }

    @Test
    void givenAScoreOlderThanTheEvent_whenTheSettleTimePasses_thenTheEventIsUnscored() throws Exception {
        try (FakeLeadscope fake = new FakeLeadscope(1)) {
            fake.scores.put("lead-0", new CopyOnWriteArrayList<>(List.of(Instant.now().minusSeconds(5))));
            Instant sent = Instant.now();
            ScoreLag.Result r = readBack(fake).lag(List.of(new SentEvent(0, "e1", micros(sent), micros(sent), true)), fake.leads,
                    Duration.ofSeconds(1));
            assertThat(r.unscored()).isEqualTo(1);
            assertThat(r.unscoredSample()).containsExactly("e1");
        }
    }

    @Test
    void givenTimelines_whenCounted_thenOnlyTheRunsEventsOfTheTouchedLeadsAreCompared() throws Exception {
        try (FakeLeadscope fake = new FakeLeadscope(3)) {
            fake.events.put("lead-0", new CopyOnWriteArrayList<>(List.of("run-1", "older-event")));
            fake.events.put("lead-1", new CopyOnWriteArrayList<>(List.of("run-2", "run-3")));
            List<SentEvent> accepted = List.of(new SentEvent(0, "run-1", 0, 0, true), new SentEvent(1, "run-2", 0, 0, true));
            CountCheck c = readBack(fake).count(accepted, List.of(0, 1, 2), fake.leads, Instant.EPOCH, "run-");
            assertThat(c.expected()).isEqualTo(2);
            assertThat(c.found()).isEqualTo(3);
            assertThat(c.missing()).isZero();
            assertThat(c.unexpected()).isEqualTo(1);
        }
    }
}
