package dev.leadscope.persistence.lead;

import dev.leadscope.domain.port.out.Leads;
import dev.leadscope.domain.port.out.contract.LeadsContractTest;
import dev.leadscope.persistence.testing.SharedContexts;

/** The JDBC Leads store keeps the Leads contract on PostgreSQL. */
class PostgresLeadsTest extends LeadsContractTest {
    @Override
    protected Leads createLeads() {
        return SharedContexts.postgres().getBean(Leads.class);
    }
}
