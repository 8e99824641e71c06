package dev.leadscope.rest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class MainTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void givenHelpOption_whenRun_thenUsageListsTheCommandsAndExitsZero() {
        int code = run("--help");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("Usage: leadscope", "serve", "bench", "Commands:");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void givenVersionOption_whenRun_thenVersionIsPrinted() {
        int code = run("--version");

        assertThat(code).isZero();
        assertThat(out.toString()).startsWith("leadscope ");
    }

    @Test
    void givenUnknownCommand_whenRun_thenUsageErrorOnStderrAndExitTwo() {
        int code = run("frobnicate");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("Unmatched argument", "frobnicate", "leadscope --help");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void givenNoCommand_whenRun_thenUsageErrorNamesTheChoices() {
        int code = run();

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("Missing command").contains("serve");
    }

    @Test
    void givenBadOptionValues_whenRun_thenUsageErrorsExitTwo() {
        assertThat(run("serve", "--port", "eighty")).isEqualTo(2);
        assertThat(err.toString()).contains("--port");
        assertThat(run("bench")).isEqualTo(2);
        assertThat(run("bench", "ingest", "--events", "many")).isEqualTo(2);
    }

    @Test
    void givenInvalidBenchPlan_whenRun_thenFailureExitsOneWithMessage() {
        int code = run("bench", "ingest", "--batch", "20000");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("--batch must be between 1 and 10000");
    }

    @Test
    void givenServeHelp_whenRun_thenOptionsAndDefaultsAreDescribed() {
        int code = run("serve", "--help");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("--port", "--data-dir", "8080", "./data");
    }
}
