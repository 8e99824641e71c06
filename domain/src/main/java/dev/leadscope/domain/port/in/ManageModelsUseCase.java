package dev.leadscope.domain.port.in;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.scoring.ModelInfo;
import dev.leadscope.domain.scoring.ModelVersion;
import java.util.List;
import java.util.Optional;

/**
 * Lists, inspects, activates and rolls back a workspace's trained models. Activation checks that the model
 * loads and matches this engine's feature schema before it is made active. Implementations are thread-safe.
 *
 * <p>Errors: {@link ModelNotFoundException}; {@link dev.leadscope.domain.port.out.ModelUnavailableException}
 * when a model cannot be loaded; {@link IllegalStateException} when there is nothing to roll back to.
 */
public interface ManageModelsUseCase {

    /** Every model, newest first. */
    List<ModelInfo> list(WorkspaceId workspace);

    Optional<ModelVersion> active(WorkspaceId workspace);

    /**
     * The active version when this instance knows it without asking the registry, for answers that must not wait on
     * the database; empty when none is active or it would have to ask ({@link #active} then asks).
     */
    Optional<ModelVersion> knownActive(WorkspaceId workspace);

    ModelInfo get(WorkspaceId workspace, ModelVersion version);

    /** The model's evaluation report in Markdown. */
    String report(WorkspaceId workspace, ModelVersion version);

    /** Loads the model to prove it is usable, then makes it active. */
    void activate(WorkspaceId workspace, ModelVersion version);

    /** Makes the previously active model active again and returns its version. */
    ModelVersion rollback(WorkspaceId workspace);
}
