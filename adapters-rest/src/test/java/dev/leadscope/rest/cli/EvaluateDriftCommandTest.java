package dev.leadscope.rest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The learning loop end to end on seeded simulations, in temporary databases. What is asserted is what the runs in
 * docs/learning-loop.md showed: the drift raises an alert within its first week, the same history without drift none,
 * and a challenger trained on the last half year after the drift is promoted.
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
    @Timeout(value = 45, unit = TimeUnit.MINUTES) // 38 minutes for both runs at a load average of 15-45 on 2 cores
    void givenTheSameHistoryWithAndWithoutDrift_whenTheMonitorIsReplayedForAWeek_thenOnlyTheDriftAlerts() {
        String table = run("evaluate-drift", "--accounts", "600", "--seed", "7", "--days", "7", "--min-rows", "100", "--no-challenger");

        assertThat(table).containsPattern("\\| with drift \\| m-\\S+ \\| 2024-07-0[2-8] \\| [1-7] \\| [^|]*lead_mix_psi[^|]* \\|");
        assertThat(table).containsPattern("\\| without drift \\| m-\\S+ \\| none in 7 days \\| - \\| - \\|");
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
