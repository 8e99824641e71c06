package dev.leadscope.persistence.model;

import dev.leadscope.domain.port.out.ModelRegistry;
import dev.leadscope.domain.port.out.contract.ModelRegistryContractTest;
import dev.leadscope.persistence.testing.SharedContexts;

/** The JDBC model registry keeps the ModelRegistry contract on PostgreSQL. */
class PostgresModelRegistryTest extends ModelRegistryContractTest {
    @Override
    protected ModelRegistry createRegistry() {
        return SharedContexts.postgres().getBean(ModelRegistry.class);
    }
}
