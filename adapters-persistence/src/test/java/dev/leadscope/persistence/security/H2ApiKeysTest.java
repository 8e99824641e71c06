package dev.leadscope.persistence.security;

import dev.leadscope.domain.port.out.ApiKeys;
import dev.leadscope.domain.port.out.contract.ApiKeysContractTest;
import dev.leadscope.persistence.testing.SharedContexts;

/** The JDBC key store keeps the ApiKeys contract on H2. */
class H2ApiKeysTest extends ApiKeysContractTest {
    @Override
    protected ApiKeys createKeys() {
        return SharedContexts.h2().getBean(ApiKeys.class);
    }
}
