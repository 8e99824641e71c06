package dev.leadscope.persistence.lead;

import static dev.leadscope.persistence.testing.H2Plans.assertReadInIndexOrder;

import dev.leadscope.persistence.testing.SharedContexts;
import org.junit.jupiter.api.Test;

/**
 * The paged reads of the leads are served by an index read in order on H2: a page then costs its own rows, not a read
 * and sort of every lead of the workspace (seconds a page at a million leads).
 */
class H2LeadReadPlansTest {

    @Test
    void theLeadListReadsTheCreationIndexInOrder() throws Exception {
        assertReadInIndexOrder(SharedContexts.h2(), "SELECT *" + LeadRowRepository.MATCHES + LeadRowRepository.BY_CREATED
                + " LIMIT 100 OFFSET 0", null, "leads_by_created");
    }

    @Test
    void theAccountsOfTheLeadsAreReadPageByPageInTheAccountIndexOrder() throws Exception {
        assertReadInIndexOrder(SharedContexts.h2(), JdbcLeads.ACCOUNT_IDS_AFTER.replace("LIMIT ?", "LIMIT 10"), "a", "leads_by_account");
        assertReadInIndexOrder(SharedContexts.h2(), JdbcLeads.FIRST_ACCOUNT_IDS.replace("LIMIT ?", "LIMIT 10"), "w", "leads_by_account");
    }
}
