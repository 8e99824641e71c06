package dev.leadscope.ml.service;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.port.in.ModelNotFoundException;
import dev.leadscope.domain.port.out.ModelRegistry;
import dev.leadscope.domain.port.out.ModelUnavailableException;
import dev.leadscope.domain.scoring.ModelArtifact;
import dev.leadscope.domain.scoring.ModelVersion;
import dev.leadscope.ml.registry.SnapshotModel;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loaded models by workspace and version. Artifacts never change, so a loaded model stays valid; the active
 * version is asked of the registry on every call, so an activation on any instance takes effect at once.
 */
public final class LoadedModels {
    private record Key(WorkspaceId workspace, ModelVersion version) {
    }

    private final ModelRegistry registry;
    private final Map<Key, SnapshotModel> cache = new ConcurrentHashMap<>();

    public LoadedModels(ModelRegistry registry) {
        this.registry = registry;
    }

    /** The active model with its version; fails when none is active or it cannot be loaded. */
    Map.Entry<ModelVersion, SnapshotModel> active(WorkspaceId workspace) {
        ModelVersion version = registry.active(workspace).orElseThrow(() -> new ModelUnavailableException(
                "no model is active in workspace " + workspace + "; train one with POST /api/v1/models"));
        return Map.entry(version, get(workspace, version));
    }

    /** The model of that version, loaded and checked. */
    SnapshotModel get(WorkspaceId workspace, ModelVersion version) {
        return cache.computeIfAbsent(new Key(workspace, version), k -> {
            ModelArtifact artifact = registry.load(workspace, version).orElseThrow(() -> new ModelNotFoundException(version));
            return SnapshotModel.load(artifact.info(), artifact.bytes());
        });
    }
}
