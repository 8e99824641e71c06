package dev.leadscope.ml.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.port.in.TrainModelUseCase;
import dev.leadscope.ml.fit.BoostingParams;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Trains through the service on a simulated history and compares the model with the oracle on the same held-out snapshots. */
class OracleGapTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-15T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void givenSimulatedHistory_whenTrainedThroughTheService_thenTheModelComesCloseToTheOracleOnTheSameSnapshots() {
        int accounts = Integer.getInteger("oracleGap.accounts", 1500);
        SimulatedWorkspace sim = SimulatedWorkspace.of(accounts, 3);
        TrainModelUseCase.TrainingResult result = new ModelTrainingService(sim.data, CLOCK, BoostingParams.DEFAULTS, 2)
                .train(new TrainModelUseCase.TrainCommand(SimulatedWorkspace.WS, 90, null, 7, false, sim.truth),
                        TrainModelUseCase.Progress.NONE);
        Map<String, Double> m = result.model().metrics();
        System.out.println(result.reportMarkdown());
        // the truth file has every held-out snapshot and, where it labels one, labels it the same way
        assertThat(m.get("oracleMatchedRows")).isEqualTo(m.get("evaluationRows"));
        assertThat(result.reportMarkdown()).contains("| of those, labelled differently | 0 |");
        // the target is 0.02; these bounds guard what the snapshot model reaches today (0.841, gap 0.085; docs/models.md)
        assertThat(m.get("modelRocAucOnOracleRows")).isGreaterThan(0.82);
        assertThat(m.get("oracleRocAuc") - m.get("modelRocAucOnOracleRows")).isLessThan(0.11);
        assertThat(m.get("logisticRocAuc")).isGreaterThan(0.74);
        // trees validated on held-out accounts are not behind logistic regression (0.841 against 0.790 when written)
        assertThat(m.get("rocAuc")).isGreaterThan(m.get("logisticRocAuc") - 0.005);
        // the base-rate shift keeps the target of 0.02 out of reach (0.035 when written; 0.056 before format 3)
        assertThat(m.get("calibrationError")).isLessThan(0.045);
    }
}
