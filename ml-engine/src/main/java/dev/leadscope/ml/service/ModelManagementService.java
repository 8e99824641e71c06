package dev.leadscope.ml.service;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.port.in.ManageModelsUseCase;
import dev.leadscope.domain.port.in.ModelNotFoundException;
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

    public ModelManagementService(ModelRegistry registry, LoadedModels models) {
        this.registry = registry;
        this.models = models;
    }

    @Override
    public List<ModelInfo> list(WorkspaceId workspace) {
        return registry.list(workspace);
    }

    @Override
    public Optional<ModelVersion> active(WorkspaceId workspace) {
        return registry.active(workspace);
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
    }

    @Override
    public ModelVersion rollback(WorkspaceId workspace) {
        return registry.rollback(workspace);
    }
}
