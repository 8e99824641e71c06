package dev.leadscope.domain.port.in;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.monitor.HealthRun;
import dev.leadscope.domain.scoring.ModelVersion;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Watches the active model: score and feature drift against its training reference, calibration and AUC on
 * matured outcomes; raises a model alert when a metric passes its threshold (once, until it recovers).
 * Implementations are thread-safe.
 *
 * <p>Errors: {@link dev.leadscope.domain.port.out.ModelUnavailableException} when no model is active.
 */
public interface MonitorModelUseCase {

    /** Runs the monitor on the data known at {@code asOf}, records the run and publishes new alerts. */
    HealthRun monitor(WorkspaceId workspace, Instant asOf);

    /** The active model's latest run and its earlier ones, latest first, at most {@code limit} in all. */
    ModelHealth health(WorkspaceId workspace, int limit);

    /** The active model and its recorded runs, latest first (empty when the monitor never ran on it). */
    record ModelHealth(ModelVersion model, List<HealthRun> runs) {
        public ModelHealth {
            Objects.requireNonNull(model, "model");
            runs = List.copyOf(runs);
        }
    }
}
