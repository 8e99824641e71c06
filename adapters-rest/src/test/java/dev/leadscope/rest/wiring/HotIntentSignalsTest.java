package dev.leadscope.rest.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.IntentSignal;
import dev.leadscope.domain.fixtures.CountingIntentSignals;
import dev.leadscope.domain.fixtures.InMemoryIntentSignals;
import java.time.Duration;
import java.time.LocalDate;
import dev.leadscope.domain.port.out.IntentSignals;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** An account's intent is read once and answered from memory, as the store would, until intent is recorded for it. */
class HotIntentSignalsTest {
    private static final WorkspaceId WS = new WorkspaceId("default");
    private static final AccountId A = new AccountId("a");
    private static final LocalDate W1 = LocalDate.of(2026, 1, 5);
    private static final LocalDate W2 = LocalDate.of(2026, 1, 12);
    private static final LocalDate W3 = LocalDate.of(2026, 1, 19);

    private final CountingIntentSignals counted = new CountingIntentSignals();
    private final AtomicInteger reads = counted.reads();
    private final InMemoryIntentSignals store = counted.store();
    private final HotIntentSignals hot = new HotIntentSignals(counted, 1000, Duration.ofMinutes(1));

    private static IntentSignal signal(String topic, LocalDate week, int score) {
        return new IntentSignal(WS, A, topic, week, score, "bombora");
    }

    @Test
    void givenAnAccountReadOnce_whenAskedForAnyWindow_thenAnsweredFromMemoryAsTheStoreWould() {
        store.recordAll(List.of(signal("crm", W2, 60), signal("api", W2, 70), signal("crm", W1, 50), signal("crm", W3, 80)));

        List<IntentSignal> all = hot.forAccount(WS, A, W1, W3.plusDays(1));
        List<IntentSignal> window = hot.forAccount(WS, A, W2, W3);

        assertThat(reads).hasValue(1);
        assertThat(all).isEqualTo(store.forAccount(WS, A, W1, W3.plusDays(1)));
        assertThat(window).isEqualTo(store.forAccount(WS, A, W2, W3)).hasSize(2);
    }

    @Test
    void givenIntentRecordedThroughIt_whenReadAgain_thenTheNewSignalsAreSeen() {
        store.record(signal("crm", W1, 50));
        hot.forAccount(WS, A, W1, W3);

        hot.recordAll(List.of(signal("crm", W1, 90), signal("api", W2, 70)));

        assertThat(hot.forAccount(WS, A, W1, W3)).containsExactly(signal("crm", W1, 90), signal("api", W2, 70));
        assertThat(reads).hasValue(2);
    }

    @Test
    void givenTheAccountsReadInBulk_whenOneIsAskedForAfterwards_thenItIsAnsweredFromWhatTheBulkReadFound() {
        AccountId quiet = new AccountId("quiet");
        store.recordAll(List.of(signal("crm", W1, 50), signal("api", W2, 70)));

        hot.forAccounts(WS, List.of(A, quiet));

        assertThat(hot.forAccount(WS, A, W1, W3)).isEqualTo(store.forAccount(WS, A, W1, W3)).hasSize(2);
        assertThat(hot.forAccount(WS, quiet, W1, W3)).isEmpty();
        assertThat(reads).hasValue(1);
    }

    @Test
    void givenIntentRecordedWhileABulkReadRuns_whenTheAccountIsAskedFor_thenTheNewSignalIsSeen() {
        InMemoryIntentSignals behind = new InMemoryIntentSignals();
        behind.record(signal("crm", W1, 50));
        HotIntentSignals[] hotRef = new HotIntentSignals[1];
        IntentSignals racing = new IntentSignals() {
            @Override
            public void record(IntentSignal signal) {
                behind.record(signal);
            }

            @Override
            public Map<AccountId, List<IntentSignal>> forAccounts(WorkspaceId workspace, Collection<AccountId> accounts) {
                Map<AccountId, List<IntentSignal>> read = behind.forAccounts(workspace, accounts);
                // stored through the cache after the bulk read took its rows, before it keeps them
                hotRef[0].record(signal("crm", W1, 90));
                return read;
            }

            @Override
            public List<IntentSignal> forAccount(WorkspaceId workspace, AccountId account, LocalDate from, LocalDate to) {
                return behind.forAccount(workspace, account, from, to);
            }
        };
        hotRef[0] = new HotIntentSignals(racing, 1000, Duration.ofMinutes(1));

        hotRef[0].forAccounts(WS, List.of(A));

        assertThat(hotRef[0].forAccount(WS, A, W1, W3)).containsExactly(signal("crm", W1, 90));
    }
}
