package dev.leadscope.ml.service;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.port.in.ModelNotFoundException;
import dev.leadscope.domain.port.out.ModelRegistry;
import dev.leadscope.domain.port.out.ModelUnavailableException;
import dev.leadscope.domain.scoring.ModelArtifact;
import dev.leadscope.domain.scoring.ModelVersion;
import dev.leadscope.ml.fit.TreeModel;
import dev.leadscope.ml.registry.SnapshotModel;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loaded models by workspace and version. Artifacts never change, so a loaded model stays valid; the active
 * version comes from {@link ActiveVersions}: the registry itself, or a cache that activation and rollback through
 * this instance clear at once and that expires soon enough for an activation on another instance.
 */
public final class LoadedModels {
    private record Key(WorkspaceId workspace, ModelVersion version) {
    }

    private final ModelRegistry registry;
    private final Map<Key, SnapshotModel> cache = new ConcurrentHashMap<>();
    private final Map<Key, TreeModel> bulk = new ConcurrentHashMap<>();
    private final ActiveVersions activeVersions;

    public LoadedModels(ModelRegistry registry) {
        this(registry, ActiveVersions.uncached(registry));
    }

    /** @param activeVersions where the active version is looked up (a cache in front of the registry, or the registry itself) */
    public LoadedModels(ModelRegistry registry, ActiveVersions activeVersions) {
        this.registry = registry;
        this.activeVersions = activeVersions;
    }

    /** Forgets the workspace's cached active version: called on activation and rollback. */
    public void activeChanged(WorkspaceId workspace) {
        activeVersions.forget(workspace);
    }

    /** The active version, from the cache when one is configured. */
    public java.util.Optional<ModelVersion> activeVersion(WorkspaceId workspace) {
        return activeVersions.active(workspace);
    }

    /** The trees of that version loaded again to predict with one native thread per core, for bulk scoring. */
    TreeModel bulkTrees(WorkspaceId workspace, ModelVersion version) {
        SnapshotModel model = get(workspace, version);
        return bulk.computeIfAbsent(new Key(workspace, version), k -> TreeModel.fromBytes(model.trees().toBytes(),
                model.width(), Runtime.getRuntime().availableProcessors()));
    }

    /** The active model with its version; fails when none is active or it cannot be loaded. */
    Map.Entry<ModelVersion, SnapshotModel> active(WorkspaceId workspace) {
        ModelVersion version = activeVersions.active(workspace).orElseThrow(() -> new ModelUnavailableException(
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
