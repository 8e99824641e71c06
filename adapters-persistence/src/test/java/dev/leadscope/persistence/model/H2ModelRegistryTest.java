package dev.leadscope.persistence.model;

import dev.leadscope.domain.port.out.ModelRegistry;
import dev.leadscope.domain.port.out.contract.ModelRegistryContractTest;
import dev.leadscope.persistence.testing.SharedContexts;

/** The JDBC model registry keeps the ModelRegistry contract on H2. */
class H2ModelRegistryTest extends ModelRegistryContractTest {
    @Override
    protected ModelRegistry createRegistry() {
        return SharedContexts.h2().getBean(ModelRegistry.class);
    }
}
