package dev.leadscope.rest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code leadscope report} prints the benchmarks and the exploration report as tables, and names bad options. */
class ReportCommandTest extends CommandLineTest {
    @Test
    void givenAnEmptyDatabase_whenReportsRun_thenHeadersOfEachTable() {
        assertThat(run("report", "reps", "--from", "2024-01-01", "--to", "2025-01-01", "--db-url", dbUrl())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("benchmark by rep (blind scores)", "2024-01-01T00:00:00Z", "rank", "expected", "95 % interval");

        assertThat(run("report", "channels", "--by", "campaign", "--basis", "stored", "--db-url", dbUrl())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("benchmark by campaign (stored scores)");

        assertThat(run("report", "exploration", "--db-url", dbUrl())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("exploration share 0.050", "routed by score", "held back", "exploration - held back");
    }

    @Test
    void givenBadOptions_whenReportsRun_thenUsageErrorsNamingTheOption() {
        assertThat(run("report", "channels", "--by", "rep", "--db-url", dbUrl())).isEqualTo(2);
        assertThat(err.toString()).contains("--by must be channel, campaign or source");
        assertThat(run("report", "reps", "--from", "2025-13-01", "--db-url", dbUrl())).isEqualTo(2);
        assertThat(err.toString()).contains("--from");
        assertThat(run("report", "reps", "--basis", "gut", "--db-url", dbUrl())).isEqualTo(2);
        assertThat(err.toString()).contains("--basis must be blind, stored or account");
    }
}
