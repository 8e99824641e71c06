package dev.leadscope.ml.service;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.port.in.ModelNotFoundException;
import dev.leadscope.domain.port.out.ModelRegistry;
import dev.leadscope.domain.port.out.ModelUnavailableException;
import dev.leadscope.domain.scoring.ModelArtifact;
import dev.leadscope.domain.scoring.ModelVersion;
import dev.leadscope.ml.fit.TreeModel;
import dev.leadscope.ml.registry.SnapshotModel;
import dev.leadscope.ml.sequence.column.SequenceColumnStates;
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
    private final Map<WorkspaceId, Map.Entry<ModelVersion, SequenceColumnStates>> states = new ConcurrentHashMap<>();
    private final int stateLeads;

    /** Leads per workspace whose LSTM states are kept when no bound is given. */
    public static final int DEFAULT_STATE_LEADS = 20_000;

    public LoadedModels(ModelRegistry registry) {
        this(registry, ActiveVersions.uncached(registry));
    }

    /** @param activeVersions where the active version is looked up (a cache in front of the registry, or the registry itself) */
    public LoadedModels(ModelRegistry registry, ActiveVersions activeVersions) {
        this(registry, activeVersions, DEFAULT_STATE_LEADS);
    }

    /**
     * @param activeVersions where the active version is looked up (a cache in front of the registry, or the registry itself)
     * @param stateLeads     most leads per workspace whose LSTM states are kept for the active model (past it some are
     *                       dropped and rebuilt from history when next scored)
     */
    public LoadedModels(ModelRegistry registry, ActiveVersions activeVersions, int stateLeads) {
        if (stateLeads < 1) {
            throw new IllegalArgumentException("state leads must be at least 1: " + stateLeads);
        }
        this.registry = registry;
        this.activeVersions = activeVersions;
        this.stateLeads = stateLeads;
    }

    /**
     * The kept LSTM states of the workspace's leads under that version's model (null when it has no LSTM column). A
     * version other than the one the states were kept for starts afresh, so every lead's state is rebuilt from its
     * history under the new model.
     */
    SequenceColumnStates sequenceStates(WorkspaceId workspace, ModelVersion version, SnapshotModel model) {
        if (model.sequence() == null) {
            return null;
        }
        return states.compute(workspace, (w, kept) -> kept != null && kept.getKey().equals(version) ? kept
                : Map.entry(version, new SequenceColumnStates(model.sequence(), stateLeads))).getValue();
    }

    /** Forgets the workspace's cached active version: called on activation and rollback. */
    public void activeChanged(WorkspaceId workspace) {
        activeVersions.forget(workspace);
    }

    /** The active version, from the cache when one is configured. */
    public java.util.Optional<ModelVersion> activeVersion(WorkspaceId workspace) {
        return activeVersions.active(workspace);
    }

    /** The active version when it is known without asking the registry (see {@link ActiveVersions#known}). */
    public java.util.Optional<ModelVersion> knownActiveVersion(WorkspaceId workspace) {
        return activeVersions.known(workspace);
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
