package dev.leadscope.persistence.event;

import static dev.leadscope.domain.fixtures.Fixtures.T0;
import static dev.leadscope.domain.fixtures.Fixtures.anEvent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.event.IntentSignal;
import dev.leadscope.domain.fixtures.Fixtures;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.port.out.ActivityEvents;
import dev.leadscope.domain.port.out.IntentSignals;
import dev.leadscope.persistence.testing.H2Plans;
import dev.leadscope.persistence.testing.SharedContexts;
import io.micronaut.context.ApplicationContext;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bulk reads scores make on H2 are answered from an index that holds every column they read, so that a lead's events
 * and an account's intent come from adjacent index entries instead of one table page per row, and hold one id per lead
 * and account.
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
        String sql = "SELECT " + IntentRow.SIGNAL_COLUMNS + " FROM intent_signals WHERE workspace_id = :w AND account_id = :a";

        assertThat(H2Plans.explain(context, sql, "x")).contains("intent_signals_by_account");
        assertThat(H2Plans.indexColumns(context, "intent_signals", "intent_signals_by_account")).containsAll(columns(IntentRow.SIGNAL_COLUMNS));
    }

    @Test
    void aBulkReadHoldsTheLeadAndAccountIdsItWasAskedForNotACopyPerRow() {
        WorkspaceId ws = Fixtures.freshWorkspace();
        ActivityEvents events = context.getBean(ActivityEvents.class);
        IntentSignals intent = context.getBean(IntentSignals.class);
        events.appendAbsent(List.of(anEvent(ws, "e1", new LeadId("lead-1")).at(T0).build(),
                anEvent(ws, "e2", new LeadId("lead-1")).at(T0.plusSeconds(60)).build()));
        intent.record(new IntentSignal(ws, new AccountId("acct-1"), "crm", LocalDate.of(2024, 3, 4), 40, "bombora"));
        intent.record(new IntentSignal(ws, new AccountId("acct-1"), "crm", LocalDate.of(2024, 3, 11), 60, "bombora"));
        LeadId lead = new LeadId("lead-1");
        AccountId account = new AccountId("acct-1");

        List<ActivityEvent> read = events.behaviourOf(ws, List.of(lead)).get(lead);
        List<IntentSignal> signals = intent.forAccounts(ws, List.of(account)).get(account);

        // millions of rows read for training or a bulk rescoring then keep one id per lead and account
        assertThat(read).hasSize(2).allSatisfy(e -> assertThat(e.leadId()).isSameAs(lead));
        assertThat(signals).hasSize(2).allSatisfy(s -> {
            assertThat(s.accountId()).isSameAs(account);
            assertThat(s.workspace()).isSameAs(ws);
        });
        assertThat(signals.get(0).provider()).isSameAs(signals.get(1).provider());
    }

    private static List<String> columns(String selectList) {
        return Arrays.stream(selectList.split(",")).map(String::strip).toList();
    }
}
