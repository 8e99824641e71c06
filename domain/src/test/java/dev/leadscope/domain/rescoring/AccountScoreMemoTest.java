package dev.leadscope.domain.rescoring;

import static dev.leadscope.domain.fixtures.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.account.AccountScore;
import dev.leadscope.domain.account.BuyingStage;
import dev.leadscope.domain.account.Surge;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.port.in.ScoreAccountUseCase;
import dev.leadscope.domain.scoring.ConversionProbability;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AccountScoreMemoTest {
    private static final WorkspaceId WS = new WorkspaceId("ws");
    private final AtomicInteger calls = new AtomicInteger();
    private final ScoreAccountUseCase counting = (workspace, account) -> {
        calls.incrementAndGet();
        return new AccountScore(workspace, account, new ConversionProbability(0.2), AccountScore.Method.COMBINED, Map.of(), Map.of(),
                BuyingStage.AWARENESS, new Surge(0, 0, 0, false), List.of(), List.of(), T0);
    };

    @Test
    void givenABatch_whenOneAccountIsAskedForTwice_thenItIsScoredOnceAndAfreshAfterTheBatch() {
        AccountScoreMemo memo = new AccountScoreMemo(counting);
        AccountId acme = new AccountId("acme");

        memo.during(() -> {
            memo.score(WS, acme);
            memo.score(WS, acme);
            return memo.score(WS, new AccountId("other"));
        });

        assertThat(calls).hasValue(2);
        memo.score(WS, acme);
        assertThat(calls).hasValue(3);
    }

    @Test
    void givenABatch_whenAccountsArePrefetched_thenTheyAreScoredInOneBatchCallAndNotAgainWhenAskedFor() {
        java.util.List<java.util.List<AccountId>> batches = new java.util.ArrayList<>();
        ScoreAccountUseCase batching = new ScoreAccountUseCase() {
            @Override
            public AccountScore score(WorkspaceId workspace, AccountId account) {
                return counting.score(workspace, account);
            }

            @Override
            public List<AccountScore> scoreAll(WorkspaceId workspace, java.util.Collection<AccountId> accounts) {
                batches.add(List.copyOf(accounts));
                return ScoreAccountUseCase.super.scoreAll(workspace, accounts);
            }
        };
        AccountScoreMemo memo = new AccountScoreMemo(batching);
        AccountId acme = new AccountId("acme");
        AccountId globex = new AccountId("globex");

        AccountScore prefetched = memo.during(() -> {
            memo.prefetch(WS, List.of(acme, globex, acme));
            memo.prefetch(WS, List.of(globex));
            memo.score(WS, globex);
            return memo.score(WS, acme);
        });

        assertThat(batches).containsExactly(List.of(acme, globex));
        assertThat(calls).hasValue(2);
        assertThat(prefetched.account()).isEqualTo(acme);
    }

    @Test
    void givenNoBatch_whenPrefetched_thenNothingIsScored() {
        AccountScoreMemo memo = new AccountScoreMemo(counting);

        memo.prefetch(WS, List.of(new AccountId("acme")));

        assertThat(calls).hasValue(0);
    }
}
