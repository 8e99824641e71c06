package dev.leadscope.persistence.lead;

import dev.leadscope.domain.port.out.Leads;
import dev.leadscope.domain.port.out.contract.LeadsContractTest;
import dev.leadscope.persistence.testing.SharedContexts;

/** The JDBC Leads store keeps the Leads contract on H2. */
class H2LeadsTest extends LeadsContractTest {
    @Override
    protected Leads createLeads() {
        return SharedContexts.h2().getBean(Leads.class);
    }
}
