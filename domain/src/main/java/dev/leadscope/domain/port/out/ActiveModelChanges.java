package dev.leadscope.domain.port.out;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.scoring.ModelVersion;

/**
 * Hears that a workspace's active lead model changed (activation, activation at the end of training, rollback),
 * once the change is committed: where caches are cleared and every lead is rescored. Implementations are
 * thread-safe and return quickly (long work goes to the background).
 */
@FunctionalInterface
public interface ActiveModelChanges {

    void activeModelChanged(WorkspaceId workspace, ModelVersion active);

    /** Nobody listens. */
    ActiveModelChanges NONE = (workspace, active) -> { };
}
