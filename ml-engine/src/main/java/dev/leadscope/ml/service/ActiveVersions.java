package dev.leadscope.ml.service;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.port.out.ModelRegistry;
import dev.leadscope.domain.scoring.ModelVersion;
import java.util.Optional;

/** Which model version is active per workspace; implementations may cache it and must forget it when told. Thread-safe. */
public interface ActiveVersions {

    Optional<ModelVersion> active(WorkspaceId workspace);

    /**
     * The active version when it is known without asking the registry; empty when none is active or finding out would
     * mean asking it (nothing kept, or what was kept has expired).
     */
    Optional<ModelVersion> known(WorkspaceId workspace);

    /** Drops what is known of the workspace's active version, so the next look-up asks the registry. */
    void forget(WorkspaceId workspace);

    /** Asks the registry every time. */
    static ActiveVersions uncached(ModelRegistry registry) {
        return new ActiveVersions() {
            @Override
            public Optional<ModelVersion> active(WorkspaceId workspace) {
                return registry.active(workspace);
            }

            @Override
            public Optional<ModelVersion> known(WorkspaceId workspace) {
                return Optional.empty();
            }

            @Override
            public void forget(WorkspaceId workspace) {
                // nothing kept
            }
        };
    }
}
