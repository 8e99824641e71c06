package dev.leadscope.persistence.account;

import static dev.leadscope.persistence.testing.H2Plans.assertReadInIndexOrder;

import dev.leadscope.persistence.testing.SharedContexts;
import org.junit.jupiter.api.Test;

/** A page of the account list is served by the creation index read in order on H2, not a sort of every account. */
class H2AccountReadPlansTest {

    @Test
    void theAccountListReadsTheCreationIndexInOrder() throws Exception {
        assertReadInIndexOrder(SharedContexts.h2(), "SELECT *" + AccountRowRepository.MATCHES + AccountRowRepository.BY_CREATED
                + " LIMIT 100 OFFSET 0", null, "accounts_by_created");
    }
}
