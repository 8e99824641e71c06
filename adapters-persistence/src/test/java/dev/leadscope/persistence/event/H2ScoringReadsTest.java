package dev.leadscope.persistence.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.persistence.testing.H2Plans;
import dev.leadscope.persistence.testing.SharedContexts;
import io.micronaut.context.ApplicationContext;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bulk reads scores make on H2 are answered from an index that holds every column they read, so that a lead's events
 * and an account's intent come from adjacent index entries instead of one table page per row.
 */
class H2ScoringReadsTest {
    private final ApplicationContext context = SharedContexts.h2();

    @Test
    void theEventsScoresReadComeFromTheLeadTimeIndexWhichHoldsEveryColumnRead() throws SQLException {
        String sql = "SELECT " + EventRow.BEHAVIOUR_COLUMNS + " FROM activity_events WHERE workspace_id = :w AND lead_id = :l";

        assertThat(H2Plans.explain(context, sql, "x")).contains(JdbcEventBulkLoads.INDEX);
        assertThat(H2Plans.indexColumns(context, "activity_events", JdbcEventBulkLoads.INDEX)).containsAll(columns(EventRow.BEHAVIOUR_COLUMNS))
                .doesNotContain("properties");
    }

    @Test
    void theIntentScoresReadComesFromTheAccountIndexWhichHoldsEveryColumnRead() throws SQLException {
        String sql = "SELECT " + IntentRow.COLUMNS + " FROM intent_signals WHERE workspace_id = :w AND account_id = :a";

        assertThat(H2Plans.explain(context, sql, "x")).contains("intent_signals_by_account");
        assertThat(H2Plans.indexColumns(context, "intent_signals", "intent_signals_by_account")).containsAll(columns(IntentRow.COLUMNS));
    }

    private static List<String> columns(String selectList) {
        return Arrays.stream(selectList.split(",")).map(String::strip).toList();
    }
}
