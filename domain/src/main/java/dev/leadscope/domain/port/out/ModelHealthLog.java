package dev.leadscope.domain.port.out;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.monitor.HealthRun;
import dev.leadscope.domain.scoring.ModelVersion;
import java.util.List;
import java.util.Optional;

/**
 * The monitor's runs per model, kept so the health of a model can be shown over time and so an alert that is
 * still standing is not raised again on the next run. Implementations are thread-safe.
 */
public interface ModelHealthLog {

    /** Stores a run with its metrics and series. */
    void record(HealthRun run);

    /** The run of the model with the latest {@code asOf} (the latest recorded among equal ones), if any. */
    Optional<HealthRun> latest(WorkspaceId workspace, ModelVersion model);

    /** The model's runs, latest {@code asOf} first, at most {@code limit}. */
    List<HealthRun> history(WorkspaceId workspace, ModelVersion model, int limit);
}
