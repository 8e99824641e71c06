package dev.leadscope.domain.port.out;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.scoring.ModelArtifact;
import dev.leadscope.domain.scoring.ModelInfo;
import dev.leadscope.domain.scoring.ModelVersion;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Trained account models of each workspace, kept apart from the lead models of {@link ModelRegistry} so that
 * activating an account model never changes which lead model scores. The contract is the registry's: artifacts are
 * immutable once saved, at most one is active per workspace, activation and rollback are atomic. Implementations
 * are thread-safe.
 */
public interface AccountModelRegistry {

    /**
     * Stores a new artifact (not active).
     *
     * @throws dev.leadscope.domain.port.in.AlreadyExistsException when the workspace already has that version
     */
    void save(ModelArtifact artifact);

    /** Every account model of the workspace, newest first. */
    List<ModelInfo> list(WorkspaceId workspace);

    /** The artifact with its bytes and report. */
    Optional<ModelArtifact> load(WorkspaceId workspace, ModelVersion version);

    /** The version currently active, if any. */
    Optional<ModelVersion> active(WorkspaceId workspace);

    /**
     * Makes {@code version} the active account model.
     *
     * @throws dev.leadscope.domain.port.in.ModelNotFoundException when the workspace has no such version
     */
    void activate(WorkspaceId workspace, ModelVersion version);

    /**
     * Makes the account model active before the current one active again, and returns it.
     *
     * @throws IllegalStateException when there is no earlier activation to go back to
     */
    ModelVersion rollback(WorkspaceId workspace);

    /** An account model registry kept in {@code store}, which must hold account models only. */
    static AccountModelRegistry keptIn(ModelRegistry store) {
        Objects.requireNonNull(store, "store");
        return new AccountModelRegistry() {
            @Override
            public void save(ModelArtifact artifact) {
                store.save(artifact);
            }

            @Override
            public List<ModelInfo> list(WorkspaceId workspace) {
                return store.list(workspace);
            }

            @Override
            public Optional<ModelArtifact> load(WorkspaceId workspace, ModelVersion version) {
                return store.load(workspace, version);
            }

            @Override
            public Optional<ModelVersion> active(WorkspaceId workspace) {
                return store.active(workspace);
            }

            @Override
            public void activate(WorkspaceId workspace, ModelVersion version) {
                store.activate(workspace, version);
            }

            @Override
            public ModelVersion rollback(WorkspaceId workspace) {
                return store.rollback(workspace);
            }
        };
    }
}
