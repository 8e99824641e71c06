package dev.leadscope.persistence.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.port.out.AccountModelRegistry;
import dev.leadscope.domain.port.out.ModelRegistry;
import dev.leadscope.domain.port.out.contract.ModelRegistryContractTest;
import dev.leadscope.domain.scoring.ModelArtifact;
import dev.leadscope.domain.scoring.ModelInfo;
import dev.leadscope.domain.scoring.ModelVersion;
import dev.leadscope.persistence.testing.SharedContexts;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The JDBC account model registry keeps the registry contract on H2, in tables of its own. */
class H2AccountModelRegistryTest extends ModelRegistryContractTest {

    @Override
    protected ModelRegistry createRegistry() {
        return asRegistry(SharedContexts.h2().getBean(AccountModelRegistry.class));
    }

    @Test
    void givenAnActiveAccountModel_whenTheLeadRegistryIsAsked_thenItKnowsNothingOfIt() {
        WorkspaceId ws = new WorkspaceId("ws-" + UUID.randomUUID());
        AccountModelRegistry accounts = SharedContexts.h2().getBean(AccountModelRegistry.class);
        ModelRegistry leads = SharedContexts.h2().getBean(ModelRegistry.class);
        accounts.save(artifact(ws, "acct-1", 1));
        accounts.activate(ws, new ModelVersion("acct-1"));

        assertThat(accounts.active(ws)).contains(new ModelVersion("acct-1"));
        assertThat(leads.active(ws)).isEmpty();
        assertThat(leads.list(ws)).isEmpty();
    }

    static ModelRegistry asRegistry(AccountModelRegistry r) {
        return new ModelRegistry() {
            @Override
            public void save(ModelArtifact artifact) {
                r.save(artifact);
            }

            @Override
            public List<ModelInfo> list(WorkspaceId workspace) {
                return r.list(workspace);
            }

            @Override
            public Optional<ModelInfo> info(WorkspaceId workspace, ModelVersion version) {
                return r.load(workspace, version).map(ModelArtifact::info);
            }

            @Override
            public Optional<ModelArtifact> load(WorkspaceId workspace, ModelVersion version) {
                return r.load(workspace, version);
            }

            @Override
            public Optional<ModelVersion> active(WorkspaceId workspace) {
                return r.active(workspace);
            }

            @Override
            public void activate(WorkspaceId workspace, ModelVersion version) {
                r.activate(workspace, version);
            }

            @Override
            public ModelVersion rollback(WorkspaceId workspace) {
                return r.rollback(workspace);
            }
        };
    }
}
