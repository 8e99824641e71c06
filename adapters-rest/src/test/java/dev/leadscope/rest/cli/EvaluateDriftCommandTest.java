package dev.leadscope.rest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The learning loop end to end on seeded simulations, in temporary databases. What is asserted is what the runs in
 * docs/learning-loop.md showed; that the drift raises an alert within a week is not, because at these sizes it does not.
 */
class EvaluateDriftCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private String run(String... args) {
        int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        assertThat(code).as(err.toString()).isZero();
        return out.toString();
    }

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES) // about 2 minutes on the loaded 2-core machine
    void givenAHistoryWithoutDrift_whenTheMonitorIsReplayedForAWeek_thenNoAlertFires() {
        String table = run("evaluate-drift", "--accounts", "600", "--seed", "7", "--days", "7", "--min-rows", "100", "--baseline-only");

        assertThat(table).containsPattern("\\| without drift \\| m-\\S+ \\| none in 7 days \\| - \\|");
        assertThat(table).doesNotContain("feature_psi |").doesNotContain("score_psi |");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES) // about 3.5 minutes on the loaded 2-core machine
    void givenADriftedHistory_whenAChallengerTrainedOnTheLastHalfYearIsReviewed_thenItBeatsTheStaleModelAndIsPromoted() {
        String table = run("evaluate-drift", "--accounts", "1000", "--seed", "7", "--days", "2", "--window-days", "180",
                "--no-baseline");

        assertThat(table).containsPattern("\\| 2024-08-26 \\| shadowing \\|");
        assertThat(table).containsPattern("\\| \\d{4}-\\d{2}-\\d{2} \\| promoted \\| challengerAuc 0\\.\\d+");
        assertThat(table).doesNotContain("| rejected |").doesNotContain("| kept |");
    }
}
