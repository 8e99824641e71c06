package dev.leadscope.domain.port.out.contract;

import static dev.leadscope.domain.fixtures.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.fixtures.Fixtures;
import dev.leadscope.domain.monitor.HealthMetric;
import dev.leadscope.domain.monitor.HealthPoint;
import dev.leadscope.domain.monitor.HealthRun;
import dev.leadscope.domain.monitor.MetricStatus;
import dev.leadscope.domain.port.out.ModelHealthLog;
import dev.leadscope.domain.scoring.ModelVersion;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ModelHealthLog} must do; subclass once per adapter. */
public abstract class ModelHealthLogContractTest {
    protected ModelHealthLog log;
    protected WorkspaceId ws;
    private final ModelVersion model = new ModelVersion("m-1");

    protected abstract ModelHealthLog createLog();

    @BeforeEach
    void setUpLog() {
        log = createLog();
        ws = Fixtures.freshWorkspace();
    }

    private HealthRun run(int day, MetricStatus psi) {
        return new HealthRun(ws, model, T0.plus(Duration.ofDays(day)), T0.plusSeconds(day * 60L + 1), List.of(
                new HealthMetric("score_psi", psi == MetricStatus.INSUFFICIENT_DATA ? null : 0.1 * day, 0.2, psi, 300 + day, "scores"),
                new HealthMetric("calibration_error", null, 0.05, MetricStatus.INSUFFICIENT_DATA, 12, "needs 200 matured; ünïcödé")),
                List.of(new HealthPoint(HealthPoint.CALIBRATION, "0.0-0.1", 0.04, 0.05, 120),
                        new HealthPoint(HealthPoint.WEEKLY_AUC, "2024-07-01", 0.81, 0.74, 300)));
    }

    @Test
    void givenRunsRecordedOutOfOrder_whenRead_thenLatestAsOfFirstWithMetricsAndPointsIntact() {
        HealthRun first = run(1, MetricStatus.OK);
        HealthRun third = run(3, MetricStatus.ALERT);
        HealthRun second = run(2, MetricStatus.INSUFFICIENT_DATA);
        log.record(first);
        log.record(third);
        log.record(second);
        log.record(new HealthRun(ws, new ModelVersion("m-2"), T0.plus(Duration.ofDays(9)), T0, List.of(), List.of()));

        assertThat(log.history(ws, model, 10)).containsExactly(third, second, first);
        assertThat(log.history(ws, model, 2)).containsExactly(third, second);
        assertThat(log.latest(ws, model)).contains(third);
        assertThat(log.latest(ws, model).orElseThrow().alerting()).containsExactly("score_psi");
        assertThat(log.latest(Fixtures.freshWorkspace(), model)).isEmpty();
    }
}
