package dev.leadscope.domain.port.out.contract;

import static dev.leadscope.domain.fixtures.Fixtures.intent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.IntentSignal;
import dev.leadscope.domain.fixtures.Fixtures;
import dev.leadscope.domain.port.out.IntentSignals;
import java.time.LocalDate;
import java.util.List;
import java.util.ArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link IntentSignals} store must do; subclass once per adapter. */
public abstract class IntentSignalsContractTest {
    private static final AccountId ACCOUNT = new AccountId("acc-1");
    private static final LocalDate W1 = LocalDate.of(2024, 3, 4);
    private static final LocalDate W2 = W1.plusWeeks(1);
    private static final LocalDate W3 = W1.plusWeeks(2);

    protected IntentSignals signals;
    protected WorkspaceId ws;

    /** The store under test; called before each test, after {@link #cleanState()}. */
    protected abstract IntentSignals createSignals();

    /** Removes what earlier tests stored, where the store keeps state between tests. */
    protected void cleanState() {
    }

    @BeforeEach
    void setUpStore() {
        cleanState();
        signals = createSignals();
        ws = Fixtures.freshWorkspace();
    }

    @Test
    void givenSignal_whenRecorded_thenReadBackEqual() {
        IntentSignal signal = intent(ws, ACCOUNT, "lead scoring", W1, 87);
        IntentSignal noProvider = new IntentSignal(ws, ACCOUNT, "crm", W1, 0, null);

        signals.record(signal);
        signals.record(noProvider);

        assertThat(signals.forAccount(ws, ACCOUNT, W1, W2)).containsExactly(noProvider, signal);
    }

    @Test
    void givenSignalForAWeek_whenRecordedAgainForThatWeek_thenReplaced() {
        signals.record(intent(ws, ACCOUNT, "lead scoring", W1, 40));
        IntentSignal again = intent(ws, ACCOUNT, "lead scoring", W1.plusDays(3), 95);

        signals.record(again);

        assertThat(signals.forAccount(ws, ACCOUNT, W1, W3)).containsExactly(again);
        assertThat(again.weekStart()).isEqualTo(W1);
    }

    @Test
    void givenSignalsOverWeeksAndTopics_whenRead_thenWeekRangeHalfOpenOldestWeekThenTopic() {
        signals.record(intent(ws, ACCOUNT, "sales ai", W2, 10));
        signals.record(intent(ws, ACCOUNT, "crm", W2, 20));
        signals.record(intent(ws, ACCOUNT, "crm", W1, 30));
        signals.record(intent(ws, ACCOUNT, "crm", W3, 40));
        signals.record(intent(ws, ACCOUNT, "crm", W1.minusWeeks(1), 50));

        List<IntentSignal> found = signals.forAccount(ws, ACCOUNT, W1, W3);

        assertThat(found).extracting(IntentSignal::score).containsExactly(30, 20, 10);
    }

    @Test
    void givenSignalsOfOtherAccountsAndWorkspaces_whenRead_thenNeverSeen() {
        WorkspaceId other = Fixtures.freshWorkspace();
        signals.record(intent(ws, new AccountId("acc-2"), "crm", W1, 10));
        signals.record(intent(other, ACCOUNT, "crm", W1, 20));

        assertThat(signals.forAccount(ws, ACCOUNT, W1, W3)).isEmpty();
        assertThat(signals.forAccount(other, ACCOUNT, W1, W3)).extracting(IntentSignal::score).containsExactly(20);
    }

    @Test
    void givenSignalsOfSeveralAccounts_whenReadInBulk_thenEachAccountGetsItsOwnByWeekThenTopic() {
        AccountId other = new AccountId("acct-other");
        IntentSignal later = intent(ws, ACCOUNT, "crm", W2, 40);
        IntentSignal b = intent(ws, ACCOUNT, "lead scoring", W1, 87);
        IntentSignal a = intent(ws, ACCOUNT, "crm", W1, 20);
        IntentSignal others = intent(ws, other, "crm", W1, 5);
        for (IntentSignal s : java.util.List.of(later, b, a, others, intent(Fixtures.freshWorkspace(), ACCOUNT, "crm", W1, 1))) {
            signals.record(s);
        }

        java.util.Map<AccountId, java.util.List<IntentSignal>> read = signals.forAccounts(ws,
                java.util.List.of(ACCOUNT, other, new AccountId("acct-none")));

        assertThat(read).containsOnlyKeys(ACCOUNT, other);
        assertThat(read.get(ACCOUNT)).containsExactly(a, b, later);
        assertThat(read.get(other)).containsExactly(others);
    }

    @Test
    void givenManySignalsSomeStored_whenRecordedAll_thenEveryWeekStoredAndTheLaterOfTheSameWeekKept() {
        signals.record(intent(ws, ACCOUNT, "topic-0", W1, 1));
        List<IntentSignal> batch = new ArrayList<>();
        IntStream.range(0, 1_200).forEach(i -> batch.add(intent(ws, ACCOUNT, "topic-" + (i % 400), W1.plusWeeks(i / 400), 50 + i % 50)));
        IntentSignal twice = new IntentSignal(ws, ACCOUNT, "topic-7", W1, 99, "bombora");
        batch.add(twice);

        signals.recordAll(batch);

        assertThat(signals.forAccount(ws, ACCOUNT, W1, W1.plusWeeks(3))).hasSize(1_200);
        assertThat(signals.findSame(ws, List.of(intent(ws, ACCOUNT, "topic-7", W1, 0), intent(ws, ACCOUNT, "topic-0", W1, 0))))
                .containsExactlyInAnyOrder(twice, batch.get(0));
    }

    @Test
    void givenStoredSignals_whenFindSame_thenOnlyStoredWeeksOfThatWorkspaceAnsweredOnce() {
        IntentSignal stored = intent(ws, ACCOUNT, "crm", W2, 40);
        signals.recordAll(List.of(stored));

        assertThat(signals.findSame(ws, List.of(intent(ws, ACCOUNT, "crm", W2, 80), intent(ws, ACCOUNT, "crm", W2, 10),
                intent(ws, ACCOUNT, "crm", W3, 80), intent(ws, new AccountId("acc-2"), "crm", W2, 80)))).containsExactly(stored);
        assertThat(signals.findSame(Fixtures.freshWorkspace(), List.of(stored))).isEmpty();
        assertThat(signals.findSame(ws, List.of())).isEmpty();
    }
}
