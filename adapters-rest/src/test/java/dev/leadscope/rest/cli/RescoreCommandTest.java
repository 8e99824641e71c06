package dev.leadscope.rest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code leadscope rescore} on a database of its own. */
class RescoreCommandTest extends CommandLineTest {
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
