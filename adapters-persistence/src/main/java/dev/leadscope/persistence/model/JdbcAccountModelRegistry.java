package dev.leadscope.persistence.model;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.port.out.AccountModelRegistry;
import dev.leadscope.domain.scoring.ModelArtifact;
import dev.leadscope.domain.scoring.ModelInfo;
import dev.leadscope.domain.scoring.ModelVersion;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;

/**
 * The account model registry in the {@code account_models}, {@code account_model_heads} and
 * {@code account_model_activations} tables, with the same guarantees as {@link JdbcModelRegistry}.
 */
@Singleton
public class JdbcAccountModelRegistry implements AccountModelRegistry {
    private final JdbcModelRegistry store;

    JdbcAccountModelRegistry(TransactionOperations<Connection> tx) {
        this.store = new JdbcModelRegistry(tx, ModelTables.ACCOUNT);
    }

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
}
