package dev.leadscope.rest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Runs {@code leadscope bench load} for a couple of seconds against a stand-in for the service on loopback. */
class LoadBenchCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void givenAServiceThatScoresEveryEvent_whenLoaded_thenLagIsMeasuredCountsMatchAndVerdictsPrinted() throws Exception {
        try (var fake = new dev.leadscope.rest.cli.load.FakeLeadscopeAccess(40)) {
            fake.throttleFirst(3);
            int code = run("bench", "load", "--url", fake.url().toString(), "--key", "secret", "--leads", "40",
                    "--event-rate", "100", "--read-rate", "100", "--duration", "2s", "--warmup", "500ms", "--settle", "2s");
            assertThat(code).as(out + "\n" + err).isZero();
            assertThat(out.toString())
                    .contains("holds 40 leads; the load uses 40")
                    .contains("3 throttled")
                    .contains("event → score stored:")
                    .contains("unscored 0")
                    .contains("errors:   none")
                    .contains("they match")
                    .contains("PASS no errors and no lost events")
                    // 100/s for 2 s is below the targets' load, so their verdicts cannot pass
                    .contains("FAIL event → score stored p99 <= 20 ms")
                    .contains("below the target load");
            assertThat(fake.eventsStored()).isEqualTo(250);
            assertThat(fake.reads()).isEqualTo(250);
        }
    }

    @Test
    void givenAServiceThatLosesEvents_whenLoaded_thenTheCountCheckFailsAndNamesThem() throws Exception {
        try (var fake = new dev.leadscope.rest.cli.load.FakeLeadscopeAccess(10)) {
            fake.loseEvery(10);
            int code = run("bench", "load", "--url", fake.url().toString(), "--key", "secret", "--leads", "10",
                    "--event-rate", "50", "--read-rate", "0", "--duration", "1s", "--warmup", "0s", "--settle", "1s");
            assertThat(code).isEqualTo(1);
            assertThat(out.toString()).contains("5 missing").contains("FAIL no errors and no lost events")
                    .contains("accepted events without a later score");
        }
    }

    @Test
    void givenFewerLeadsThanAsked_whenLoaded_thenTheReportSaysHowMuchEachLeadsShareGrew() throws Exception {
        try (var fake = new dev.leadscope.rest.cli.load.FakeLeadscopeAccess(10)) {
            int code = run("bench", "load", "--url", fake.url().toString(), "--key", "secret", "--leads", "40",
                    "--event-rate", "20", "--read-rate", "0", "--duration", "500ms", "--warmup", "0s", "--settle", "1s");
            assertThat(code).as(out + "\n" + err).isZero();
            assertThat(out.toString()).contains("holds 10 leads; the load uses 10")
                    .contains("note: fewer leads than --leads 40: each event lead gets 4.0 times the events planned per lead");
        }
    }

    @Test
    void givenNoAccountCount_whenSettingUp_thenEnoughAccountsForTheLeadsAreSimulated() {
        assertThat(LoadBenchCommand.accountsFor(10_000)).isEqualTo(5_556);
        assertThat(LoadBenchCommand.accountsFor(1)).isEqualTo(1);
        assertThat(Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), "bench", "load", "--url", "http://127.0.0.1:1",
                "--key", "k", "--accounts", "0", "--setup")).isEqualTo(2);
        assertThat(err.toString()).contains("--accounts must be at least 1: 0");
    }

    @Test
    void givenNoKey_whenRun_thenUsageError() {
        assertThat(Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), "bench", "load", "--url", "http://127.0.0.1:1",
                "--key", " ")).isEqualTo(2);
        assertThat(err.toString()).contains("API key");
    }

    @Test
    void durationsReadShortFormsAndIso() {
        LoadBenchCommand.DurationConverter c = new LoadBenchCommand.DurationConverter();
        assertThat(c.convert("60s")).isEqualTo(Duration.ofSeconds(60));
        assertThat(c.convert("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(c.convert("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(c.convert("PT1H")).isEqualTo(Duration.ofHours(1));
    }
}
