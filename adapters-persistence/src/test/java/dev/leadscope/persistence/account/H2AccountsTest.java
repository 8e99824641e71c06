package dev.leadscope.persistence.account;

import dev.leadscope.domain.port.out.Accounts;
import dev.leadscope.domain.port.out.contract.AccountsContractTest;
import dev.leadscope.persistence.testing.SharedContexts;

/** The JDBC Accounts store keeps the Accounts contract on H2. */
class H2AccountsTest extends AccountsContractTest {
    @Override
    protected Accounts createAccounts() {
        return SharedContexts.h2().getBean(Accounts.class);
    }
}
