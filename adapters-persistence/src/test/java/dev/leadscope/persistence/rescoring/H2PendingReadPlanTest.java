package dev.leadscope.persistence.rescoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.persistence.testing.H2Plans;
import dev.leadscope.persistence.testing.SharedContexts;
import org.junit.jupiter.api.Test;

/** The sweep's read of the oldest pending marks is served by the marked_at index on H2, not a sort of every mark. */
class H2PendingReadPlanTest {

    @Test
    void theOldestMarksAreReadFromTheMarkTimeIndex() throws Exception {
        String plan = H2Plans.explain(SharedContexts.h2(), JdbcPendingRescoring.OLDEST.replace("LIMIT ?", "LIMIT 10"), null);

        assertThat(plan).contains("rescoring_pending_by_mark").contains("index sorted");
    }
}
