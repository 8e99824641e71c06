package dev.leadscope.domain.rescoring;

import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.account.AccountScore;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.port.in.AccountNotFoundException;
import dev.leadscope.domain.port.in.ScoreAccountUseCase;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Account scoring that, inside {@link #during}, scores each account once on the calling thread and answers again from
 * that score: a rescoring batch qualifies many leads of one account (qualification asks for the account's stage) and
 * then rescores the account, all after the batch's lead scores are stored. Outside it, every call scores afresh.
 * Thread-safe (what is remembered belongs to one thread).
 */
public final class AccountScoreMemo implements ScoreAccountUseCase {
    private record Key(WorkspaceId workspace, AccountId account) {
    }

    private final ScoreAccountUseCase scoring;
    private final ThreadBatch<Key, AccountScore> batch = new ThreadBatch<>();

    public AccountScoreMemo(ScoreAccountUseCase scoring) {
        this.scoring = scoring;
    }

    @Override
    public AccountScore score(WorkspaceId workspace, AccountId account) {
        Map<Key, AccountScore> known = batch.current();
        if (known == null) {
            return scoring.score(workspace, account);
        }
        Key key = new Key(workspace, account);
        AccountScore score = known.get(key);
        if (score == null) {
            score = scoring.score(workspace, account);
            known.put(key, score);
        }
        return score;
    }

    /** Runs {@code work} with each account scored at most once on this thread. */
    public <T> T during(Supplier<T> work) {
        return batch.during(work);
    }

    /** Not memoised: delegates, so that a caller asking for many accounts at once gets the scorer's own batch path. */
    @Override
    public List<AccountScore> scoreAll(WorkspaceId workspace, java.util.Collection<AccountId> accounts) {
        return batch.current() == null ? scoring.scoreAll(workspace, accounts) : ScoreAccountUseCase.super.scoreAll(workspace, accounts);
    }

    /**
     * Inside {@link #during}: scores those of {@code accounts} not yet remembered in one call of the scorer's batch
     * path and remembers them. When one of them is missing the batch is dropped and each is scored when asked for.
     */
    public void prefetch(WorkspaceId workspace, java.util.Collection<AccountId> accounts) {
        Map<Key, AccountScore> known = batch.current();
        if (known == null) {
            return;
        }
        List<AccountId> wanted = accounts.stream().distinct().filter(a -> !known.containsKey(new Key(workspace, a))).toList();
        if (wanted.isEmpty()) {
            return;
        }
        try {
            List<AccountScore> scores = scoring.scoreAll(workspace, wanted);
            for (int i = 0; i < wanted.size(); i++) {
                known.put(new Key(workspace, wanted.get(i)), scores.get(i));
            }
        } catch (AccountNotFoundException e) {
            // erased meanwhile: left to be scored one by one, where the caller handles it
        }
    }
}
