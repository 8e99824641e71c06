package dev.leadscope.persistence.lead;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.persistence.testing.H2Plans;
import dev.leadscope.persistence.testing.SharedContexts;
import org.junit.jupiter.api.Test;

/**
 * The paged reads of the leads are served by an index read in order on H2: a page then costs its own rows, not a read
 * and sort of every lead of the workspace (seconds a page at a million leads).
 */
class H2LeadReadPlansTest {

    @Test
    void theLeadListReadsTheCreationIndexInOrder() throws Exception {
        String plan = H2Plans.explain(SharedContexts.h2(), "SELECT *" + LeadRowRepository.MATCHES + LeadRowRepository.BY_CREATED
                + " LIMIT 100 OFFSET 0", null);

        assertThat(plan).contains("leads_by_created").contains("index sorted").doesNotContain("index sorted:");
    }

    @Test
    void theAccountsOfTheLeadsAreReadPageByPageInTheAccountIndexOrder() throws Exception {
        assertThat(H2Plans.explain(SharedContexts.h2(), JdbcLeads.ACCOUNT_IDS_AFTER.replace("LIMIT ?", "LIMIT 10"), "a"))
                .contains("leads_by_account").contains("index sorted").doesNotContain("index sorted:");
        assertThat(H2Plans.explain(SharedContexts.h2(), JdbcLeads.FIRST_ACCOUNT_IDS.replace("LIMIT ?", "LIMIT 10"), "w"))
                .contains("leads_by_account").contains("index sorted").doesNotContain("index sorted:");
    }
}
