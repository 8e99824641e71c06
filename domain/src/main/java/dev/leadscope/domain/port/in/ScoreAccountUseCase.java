package dev.leadscope.domain.port.in;

import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.account.AccountScore;
import dev.leadscope.domain.common.WorkspaceId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Scores an account from its buying committee: probability, coverage and engagement by role, stage, surge and
 * the roles still to reach. Implementations are thread-safe.
 */
public interface ScoreAccountUseCase {

    /**
     * Scores the account as of now.
     *
     * @throws AccountNotFoundException when the account does not exist in the workspace
     */
    AccountScore score(WorkspaceId workspace, AccountId account);

    /** Scores each of {@code accounts}, in the order given. */
    default List<AccountScore> scoreAll(WorkspaceId workspace, Collection<AccountId> accounts) {
        List<AccountScore> scores = new ArrayList<>(accounts.size());
        for (AccountId id : accounts) {
            scores.add(score(workspace, id));
        }
        return scores;
    }
}
