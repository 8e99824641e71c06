package dev.leadscope.rest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code leadscope train} and {@code evaluate} without --csv, on a database of their own (an H2 file per test). */
class TrainCommandDatabaseTest {
    @TempDir
    Path work;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private String dbUrl() {
        return "jdbc:h2:file:" + work.resolve("db").resolve("leadscope") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    private java.util.List<String> auditedActions() throws java.sql.SQLException {
        java.util.List<String> actions = new java.util.ArrayList<>();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(dbUrl(), "sa", "");
             java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT action, actor FROM audit_log ORDER BY seq")) {
            while (rs.next()) {
                actions.add(rs.getString(1) + " by " + rs.getString(2));
            }
        }
        return actions;
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void givenSimulatedHistoryInTheDatabase_whenBackTestedAndEvaluated_thenModelsAreStoredWithProgressAndReport() throws Exception {
        Path sim = work.resolve("sim");
        assertThat(run("simulate", "--accounts", "80", "--seed", "11", "--out", sim.toString())).as(err.toString()).isZero();
        assertThat(run("import", "--mapping", sim.resolve("mapping.yml").toString(), "--db-url", dbUrl(), "--quiet"))
                .as(err.toString()).isZero();

        int trained = run("train", "--db-url", dbUrl(), "--created-before", "2024-09-01", "--seed", "3", "--activate");

        assertThat(trained).as(err.toString()).isZero();
        assertThat(err.toString()).contains("[train] reading stored history (0%)", "[train] done (100%)");
        assertThat(out.toString()).containsPattern("model m-\\S+ stored in the database and active")
                .contains("snapshots: ", "trainingRows");
        assertThat(auditedActions()).containsExactly("MODEL_ACTIVATED by cli");

        Path report = work.resolve("report.md");
        int evaluated = run("evaluate", "--db-url", dbUrl(), "--report", report.toString(), "--sequence-model", "off");

        assertThat(evaluated).as(err.toString()).isZero();
        assertThat(err.toString()).contains("[evaluate] evaluated in");
        assertThat(out.toString()).contains("ROC AUC", "(not active; activate it with POST /api/v1/models/");
        assertThat(Files.readString(report)).contains("ROC AUC", "| stored model | off: the LSTM column was not trained |");
    }

    @Test
    void givenEmptyDatabase_whenTrained_thenNotEnoughDataExitsFourWithTheCounts() {
        int code = run("train", "--db-url", dbUrl());

        assertThat(code).isEqualTo(TrainCommand.NOT_ENOUGH_DATA);
        assertThat(err.toString()).contains("not enough data to train: need at least 40 converted");
    }

    @Test
    void givenModesMixed_whenRun_thenUsageErrorsNameTheOption() {
        assertThat(run("train", "--label", "converted")).isEqualTo(2);
        assertThat(err.toString()).contains("--label needs --csv FILE");
        assertThat(run("train", "--csv", "leads.csv", "--label", "y", "--id", "id", "--model-out", "m", "--created-before", "2024-01-01"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--created-before works on the service's database");
        assertThat(run("train", "--csv", "leads.csv", "--id", "id", "--model-out", "m")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required option: '--label=COLUMN'");
        assertThat(run("evaluate", "--created-before", "last spring")).isEqualTo(2);
        assertThat(err.toString()).contains("--created-before must be a date");
        assertThat(run("train", "--db-url", dbUrl(), "--sequence-model", "sometimes")).isEqualTo(2);
        assertThat(err.toString()).contains("--sequence-model must be auto, on or off: sometimes");
        assertThat(run("train", "--csv", "leads.csv", "--label", "y", "--id", "id", "--model-out", "m", "--sequence-model", "on"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--sequence-model works on the service's database");
    }
}
