package dev.leadscope.ml.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.port.in.TrainModelUseCase;
import dev.leadscope.domain.scoring.ModelArtifact;
import dev.leadscope.ml.fit.BoostingParams;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The stored model is a function of the history and the seed, however the history was read (in parallel chunks). */
class TrainingDeterminismTest {

    @Test
    void twoRunsOnTheSameHistoryWithTheSameSeedStoreTheSameModelBytesAndMetrics() {
        // two clocks, so that the two runs store two versions of the same workspace's registry
        ModelArtifact first = trainOnce(Instant.parse("2025-01-15T10:00:00Z"));
        ModelArtifact second = trainOnce(Instant.parse("2025-01-15T11:00:00Z"));

        assertThat(second.info().version()).isNotEqualTo(first.info().version());
        assertThat(second.info().provenance().get("dataFingerprint")).isEqualTo(first.info().provenance().get("dataFingerprint"));
        assertThat(second.info().metrics()).isEqualTo(first.info().metrics());
        assertThat(second.bytes()).isEqualTo(first.bytes());
        assertThat(first.info().metrics()).containsKey("rocAuc");
    }

    private static ModelArtifact trainOnce(Instant now) {
        SimulatedWorkspace sim = SimulatedWorkspace.of(200, 3);
        TrainModelUseCase.TrainingResult r = new ModelTrainingService(sim.data, Clock.fixed(now, ZoneOffset.UTC), BoostingParams.DEFAULTS, 2)
                .train(new TrainModelUseCase.TrainCommand(SimulatedWorkspace.WS, 90, null, 11, false), (m, f) -> { });
        return sim.data.registry().load(SimulatedWorkspace.WS, r.model().version()).orElseThrow();
    }
}
