package dev.leadscope.rest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class IngestBenchCommandTest {

    @Test
    void givenSmallPlan_whenBenchmarkRuns_thenEveryEventIsStoredAndFiguresArePrinted() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true),
                "bench", "ingest", "--events", "2500", "--batch", "1000", "--leads", "25");

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains("events sent:      2,500 in 3 batches")
                .contains("events/s")
                .contains("p50", "p95", "p99")
                .contains("stored:           2,500 (matches what was sent)");
    }

    @Test
    void givenInProcessMode_whenBenchmarkRuns_thenTheSameEventsAreStoredThroughTheUseCase() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true),
                "bench", "ingest", "--in-process", "--events", "2500", "--batch", "1000", "--leads", "25");

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains("in-process: no HTTP, no JSON")
                .contains("events sent:      2,500 in 3 batches")
                .contains("accepted:         2,500")
                .contains("stored:           2,500 (matches what was sent)");
    }
}
