package dev.leadscope.rest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code leadscope rescore} on a database of its own. */
class RescoreCommandTest {
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
    void givenNoActiveModel_whenRescored_thenFailsSayingSo() {
        assertThat(run("rescore", "--db-url", dbUrl())).isEqualTo(1);
        assertThat(err.toString()).contains("no model is active in workspace default");
    }

    @Test
    void givenAnActiveModel_whenRescored_thenEveryLeadGetsAScore() {
        Path sim = work.resolve("sim");
        assertThat(run("simulate", "--accounts", "80", "--seed", "11", "--out", sim.toString())).as(err.toString()).isZero();
        assertThat(run("import", "--mapping", sim.resolve("mapping.yml").toString(), "--db-url", dbUrl(), "--quiet"))
                .as(err.toString()).isZero();
        assertThat(run("train", "--db-url", dbUrl(), "--seed", "3", "--activate")).as(err.toString()).isZero();

        int code = run("rescore", "--db-url", dbUrl());

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).containsPattern("rescored [1-9][0-9]* leads of workspace default in ");
    }
}
