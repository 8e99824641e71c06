package dev.leadscope.rest.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.IntentSignal;
import dev.leadscope.domain.fixtures.CountingIntentSignals;
import dev.leadscope.domain.fixtures.InMemoryIntentSignals;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
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
}
