package dev.leadscope.persistence.model;

import dev.leadscope.domain.port.out.AccountModelRegistry;
import dev.leadscope.domain.port.out.ModelRegistry;
import dev.leadscope.domain.port.out.contract.ModelRegistryContractTest;
import dev.leadscope.persistence.testing.SharedContexts;

/** The JDBC account model registry keeps the registry contract on PostgreSQL. */
class PostgresAccountModelRegistryTest extends ModelRegistryContractTest {
    @Override
    protected ModelRegistry createRegistry() {
        return H2AccountModelRegistryTest.asRegistry(SharedContexts.postgres().getBean(AccountModelRegistry.class));
    }
}
