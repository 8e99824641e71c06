package dev.leadscope.ml.service;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.port.in.ManageModelsUseCase;
import dev.leadscope.domain.port.in.ModelNotFoundException;
import dev.leadscope.domain.port.out.ActiveModelChanges;
import dev.leadscope.domain.port.out.ModelRegistry;
import dev.leadscope.domain.scoring.ModelArtifact;
import dev.leadscope.domain.scoring.ModelInfo;
import dev.leadscope.domain.scoring.ModelVersion;
import java.util.List;
import java.util.Optional;

/** Lists, inspects, activates and rolls back models; a model is loaded and checked before it is activated. Thread-safe. */
public final class ModelManagementService implements ManageModelsUseCase {
    private final ModelRegistry registry;
    private final LoadedModels models;

    private final ActiveModelChanges listener;

    public ModelManagementService(ModelRegistry registry, LoadedModels models) {
        this(registry, models, ActiveModelChanges.NONE);
    }

    /** @param listener hears every activation and rollback once it is committed (bulk rescoring starts there) */
    public ModelManagementService(ModelRegistry registry, LoadedModels models, ActiveModelChanges listener) {
        this.registry = registry;
        this.models = models;
        this.listener = listener;
    }

    @Override
    public List<ModelInfo> list(WorkspaceId workspace) {
        return registry.list(workspace);
    }

    @Override
    public Optional<ModelVersion> active(WorkspaceId workspace) {
        return models.activeVersion(workspace);
    }

    @Override
    public Optional<ModelVersion> knownActive(WorkspaceId workspace) {
        return models.knownActiveVersion(workspace);
    }

    @Override
    public ModelInfo get(WorkspaceId workspace, ModelVersion version) {
        return registry.info(workspace, version).orElseThrow(() -> new ModelNotFoundException(version));
    }

    @Override
    public String report(WorkspaceId workspace, ModelVersion version) {
        return registry.load(workspace, version).map(ModelArtifact::report).orElseThrow(() -> new ModelNotFoundException(version));
    }

    @Override
    public void activate(WorkspaceId workspace, ModelVersion version) {
        models.get(workspace, version);
        registry.activate(workspace, version);
        models.activeChanged(workspace);
        listener.activeModelChanged(workspace, version);
    }

    @Override
    public ModelVersion rollback(WorkspaceId workspace) {
        ModelVersion now = registry.rollback(workspace);
        models.activeChanged(workspace);
        listener.activeModelChanged(workspace, now);
        return now;
    }
}
