package dev.leadscope.rest.account;

import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.port.in.ScoreAccountUseCase;
import dev.leadscope.rest.common.Fields;
import dev.leadscope.rest.wiring.WorkspaceResolver;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Scores an account from its buying committee. */
@Controller("/api/v1/accounts/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "accounts")
public class AccountScoreController {
    private final ScoreAccountUseCase scoring;
    private final WorkspaceResolver workspaces;

    public AccountScoreController(ScoreAccountUseCase scoring, WorkspaceResolver workspaces) {
        this.scoring = scoring;
        this.workspaces = workspaces;
    }

    @Get("/score")
    @Operation(summary = "Score an account: probability, coverage and engagement by role, stage, surge, contacts to reach",
            description = "Members' probabilities are their latest stored scores. 404 unknown account")
    public AccountScoreResponse score(HttpRequest<?> http, @PathVariable String id) {
        return AccountScoreResponse.from(scoring.score(workspaces.resolve(http), Fields.named("id", () -> new AccountId(id))));
    }
}
