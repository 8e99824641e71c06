package dev.leadscope.rest.account;

import dev.leadscope.domain.account.Account;
import dev.leadscope.domain.account.AccountScore;
import dev.leadscope.domain.account.BuyingStage;
import dev.leadscope.domain.common.Page;
import dev.leadscope.domain.common.PageRequest;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.port.in.ScoreAccountUseCase;
import dev.leadscope.domain.port.out.AccountFilter;
import dev.leadscope.domain.port.out.Accounts;
import dev.leadscope.rest.common.PageResponse;
import dev.leadscope.rest.error.InvalidRequestException;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Lists accounts scored now, filtered by buying stage and/or ranked by probability, highest first. Stage and
 * probability are computed, not stored, so a page scores every account of the workspace (up to {@value #MAX_ACCOUNTS}).
 */
@Singleton
public class ScoredAccounts {
    /** The one ranking the account list knows. */
    public static final String BY_SCORE = "score";
    /** The most accounts scored for one list. */
    public static final int MAX_ACCOUNTS = 10_000;
    private static final Comparator<ScoredAccountResponse> BEST_FIRST = Comparator
            .comparingDouble((ScoredAccountResponse r) -> r.score().probability()).reversed()
            .thenComparing(r -> r.account().id());

    private final Accounts accounts;
    private final ScoreAccountUseCase scoring;

    public ScoredAccounts(Accounts accounts, ScoreAccountUseCase scoring) {
        this.accounts = accounts;
        this.scoring = scoring;
    }

    /**
     * The page of scored accounts: those in {@code stage} when given, best first when {@code sort} is given, else in
     * creation order.
     *
     * @throws InvalidRequestException when {@code stage} or {@code sort} is not a known value, or the workspace has
     *                                 more accounts than can be scored for one list
     */
    public PageResponse<ScoredAccountResponse> page(WorkspaceId workspace, String stage, String sort, AccountFilter filter,
                                                    PageRequest page) {
        BuyingStage wanted = stage == null ? null : stage(stage);
        if (sort != null && !BY_SCORE.equals(sort)) {
            throw new InvalidRequestException("sort", "must be '" + BY_SCORE + "' (or left out for creation order): '" + sort + "'");
        }
        List<Account> all = all(workspace, filter, wanted != null ? "stage" : "sort");
        List<AccountScore> scores = scoring.scoreAll(workspace, all.stream().map(Account::id).toList());
        List<ScoredAccountResponse> matching = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (wanted == null || scores.get(i).stage() == wanted) {
                matching.add(new ScoredAccountResponse(AccountResponse.from(all.get(i)), AccountScoreResponse.from(scores.get(i))));
            }
        }
        if (sort != null) {
            matching.sort(BEST_FIRST);
        }
        int from = Math.min(page.offset(), matching.size());
        int to = Math.min(from + page.limit(), matching.size());
        return new PageResponse<>(List.copyOf(matching.subList(from, to)), page.offset(), page.limit(), matching.size(),
                to < matching.size());
    }

    private static BuyingStage stage(String value) {
        try {
            return BuyingStage.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("stage", "must be one of " + Arrays.stream(BuyingStage.values())
                    .map(s -> s.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")) + ": '" + value + "'");
        }
    }

    private List<Account> all(WorkspaceId workspace, AccountFilter filter, String field) {
        List<Account> out = new ArrayList<>();
        int offset = 0;
        while (true) {
            Page<Account> next = accounts.list(workspace, filter, new PageRequest(offset, PageRequest.MAX_LIMIT));
            out.addAll(next.items());
            if (out.size() > MAX_ACCOUNTS) {
                throw new InvalidRequestException(field, "cannot be used when the workspace has more than " + MAX_ACCOUNTS
                        + " accounts to score for one list; narrow it with industry or createdAfter");
            }
            if (!next.hasMore() || next.items().isEmpty()) {
                return out;
            }
            offset += next.items().size();
        }
    }
}
