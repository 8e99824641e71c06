package dev.leadscope.rest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code leadscope train-accounts} on a database of its own holding a small simulated history. */
class TrainAccountsCommandTest {
    @TempDir
    Path work;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private String dbUrl() {
        return "jdbc:h2:file:" + work.resolve("db").resolve("leadscope") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void givenAnEmptyDatabase_whenTrained_thenNotEnoughDataExitsFourWithTheCounts() {
        assertThat(run("train-accounts", "--db-url", dbUrl())).isEqualTo(TrainCommand.NOT_ENOUGH_DATA);
        assertThat(err.toString()).contains("need at least 5 converted and 45 not converted examples, found 0 converted");
    }

    @Test
    void givenSimulatedHistoryInTheDatabase_whenTrainedAndActivated_thenTheModelIsStoredWithItsMetricsBesideTheBaselines() throws Exception {
        Path sim = work.resolve("sim");
        assertThat(run("simulate", "--accounts", "120", "--seed", "11", "--out", sim.toString())).as(err.toString()).isZero();
        assertThat(run("import", "--mapping", sim.resolve("mapping.yml").toString(), "--db-url", dbUrl(), "--quiet"))
                .as(err.toString()).isZero();
        Path report = work.resolve("accounts.md");

        int code = run("train-accounts", "--db-url", dbUrl(), "--activate", "--report", report.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString()).contains("[train-accounts] reading stored history (0%)", "[train-accounts] done (100%)");
        assertThat(out.toString()).containsPattern("account model acct-\\S+ \\((learned|combined)\\) stored in the database and active")
                .contains("snapshots: ", "this model (", "best member's score", "combined, defaults", "ROC AUC");
        assertThat(Files.readString(report)).contains("# Account model acct-", "| best member's score");
    }

    @Test
    void givenABadCadence_whenRun_thenTheUsageErrorNamesTheOption() {
        assertThat(run("train-accounts", "--cadence-days", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--cadence-days must be between 1 and 365: 0");
    }
}
