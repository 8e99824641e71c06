package dev.leadscope.domain.rescoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.IntentSignal;
import dev.leadscope.domain.fixtures.CountingIntentSignals;
import dev.leadscope.domain.fixtures.InMemoryIntentSignals;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class IntentMemoTest {
    private static final WorkspaceId WS = new WorkspaceId("ws");
    private static final AccountId A = new AccountId("a");
    private static final AccountId B = new AccountId("b");
    private static final LocalDate W1 = LocalDate.of(2026, 1, 5);
    private static final LocalDate W2 = LocalDate.of(2026, 1, 12);
    private static final LocalDate W3 = LocalDate.of(2026, 1, 19);

    private final CountingIntentSignals counted = new CountingIntentSignals();
    private final AtomicInteger reads = counted.reads();
    private final InMemoryIntentSignals store = counted.store();
    private final IntentMemo memo = new IntentMemo(counted);

    private static IntentSignal signal(AccountId account, String topic, LocalDate week) {
        return new IntentSignal(WS, account, topic, week, 70, "bombora");
    }

    @Test
    void givenABatch_whenAnAccountsIntentIsReadTwice_thenTheStoreIsReadOnceAndAnswersTheSame() {
        store.recordAll(List.of(signal(A, "crm", W2), signal(A, "api", W2), signal(A, "crm", W1), signal(A, "crm", W3)));

        List<Object> inBatch = memo.during(() -> List.of(
                memo.forAccount(WS, A, W1, W3),
                memo.forAccounts(WS, List.of(A, B)),
                memo.forAccount(WS, A, W2, W3.plusDays(1))));

        assertThat(reads).as("a then b, each once").hasValue(2);
        assertThat(inBatch.get(0)).isEqualTo(store.forAccount(WS, A, W1, W3));
        assertThat(inBatch.get(1)).isEqualTo(store.forAccounts(WS, List.of(A, B)));
        assertThat(inBatch.get(2)).isEqualTo(store.forAccount(WS, A, W2, W3.plusDays(1)));
    }

    @Test
    void givenASignalRecordedInsideTheBatch_whenReadAgain_thenItIsSeen() {
        store.record(signal(A, "crm", W1));

        List<IntentSignal> after = memo.during(() -> {
            memo.forAccount(WS, A, W1, W3);
            memo.record(signal(A, "api", W2));
            return memo.forAccount(WS, A, W1, W3);
        });

        assertThat(after).containsExactly(signal(A, "crm", W1), signal(A, "api", W2));
    }

    @Test
    void outsideABatch_everyReadGoesToTheStore() {
        memo.forAccount(WS, A, W1, W3);
        memo.forAccount(WS, A, W1, W3);

        assertThat(reads).hasValue(2);
    }
}
