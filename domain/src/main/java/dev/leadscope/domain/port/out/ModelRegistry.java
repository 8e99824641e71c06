package dev.leadscope.domain.port.out;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.port.in.AlreadyExistsException;
import dev.leadscope.domain.port.in.ModelNotFoundException;
import dev.leadscope.domain.scoring.ModelArtifact;
import dev.leadscope.domain.scoring.ModelInfo;
import dev.leadscope.domain.scoring.ModelVersion;
import java.util.List;
import java.util.Optional;

/**
 * Trained models of each workspace, stored so that every service instance sees the same ones. Artifacts are
 * immutable once saved. At most one model per workspace is active; activation and rollback each happen
 * atomically, so a reader sees either the old or the new active model, never none or two. Implementations are
 * thread-safe.
 */
public interface ModelRegistry {

    /**
     * Stores a new artifact (not active).
     *
     * @throws AlreadyExistsException when the workspace already has a model of that version
     */
    void save(ModelArtifact artifact);

    /** Every model of the workspace, newest first. */
    List<ModelInfo> list(WorkspaceId workspace);

    Optional<ModelInfo> info(WorkspaceId workspace, ModelVersion version);

    /** The artifact with its bytes and report. */
    Optional<ModelArtifact> load(WorkspaceId workspace, ModelVersion version);

    /** The version currently active, if any. */
    Optional<ModelVersion> active(WorkspaceId workspace);

    /**
     * Makes {@code version} the active model; activating the active model again changes nothing.
     *
     * @throws ModelNotFoundException when the workspace has no model of that version
     */
    void activate(WorkspaceId workspace, ModelVersion version);

    /**
     * Makes the model that was active before the current one active again, and returns it.
     *
     * @throws IllegalStateException when there is no earlier activation to go back to
     */
    ModelVersion rollback(WorkspaceId workspace);
}
