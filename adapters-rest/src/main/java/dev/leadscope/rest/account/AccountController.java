package dev.leadscope.rest.account;

import dev.leadscope.domain.account.Account;
import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.common.PageRequest;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.port.in.ManageAccountsUseCase;
import dev.leadscope.domain.port.in.RecordIntentUseCase;
import dev.leadscope.domain.port.out.AccountFilter;
import dev.leadscope.rest.common.Fields;
import dev.leadscope.rest.common.PageResponse;
import dev.leadscope.rest.wiring.WorkspaceResolver;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Instant;

/** Creates, replaces, reads and lists accounts, and records their intent surges. */
@Controller("/api/v1/accounts")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "accounts")
public class AccountController {
    private final ManageAccountsUseCase accounts;
    private final RecordIntentUseCase intent;
    private final WorkspaceResolver workspaces;
    private final ScoredAccounts scored;

    public AccountController(ManageAccountsUseCase accounts, RecordIntentUseCase intent, WorkspaceResolver workspaces,
                             ScoredAccounts scored) {
        this.accounts = accounts;
        this.intent = intent;
        this.workspaces = workspaces;
        this.scored = scored;
    }

    @Post
    @Operation(summary = "Create an account", description = "201 with Location; 409 when the id is taken")
    public HttpResponse<AccountResponse> create(HttpRequest<?> http, @Body @Valid AccountRequest request) {
        AccountId id = request.id() == null ? null : Fields.within(null, () -> new AccountId(request.id()));
        Account created = accounts.create(workspaces.resolve(http), id, request.toDetails());
        return HttpResponse.created(AccountResponse.from(created), URI.create("/api/v1/accounts/" + created.id().value()));
    }

    @Put("/{id}")
    @Operation(summary = "Replace an account's details", description = "404 when it does not exist")
    public AccountResponse update(HttpRequest<?> http, @PathVariable String id, @Body @Valid AccountRequest request) {
        return AccountResponse.from(accounts.update(workspaces.resolve(http), accountId(id), request.toDetails()));
    }

    @Get("/{id}")
    @Operation(summary = "Read an account")
    public AccountResponse get(HttpRequest<?> http, @PathVariable String id) {
        return AccountResponse.from(accounts.get(workspaces.resolve(http), accountId(id)));
    }

    @Get
    @Operation(summary = "List accounts", description = "Ordered by creation time; industry matches ignoring case; createdAfter is exclusive. "
            + "With stage (awareness, consideration, decision, purchase) and/or sort=score: the accounts scored now, those in "
            + "the stage, ranked by probability highest first with sort=score, each item {account, score}")
    public PageResponse<?> list(HttpRequest<?> http,
                                @QueryValue @Nullable String industry,
                                @QueryValue @Nullable Instant createdAfter,
                                @QueryValue @Nullable String stage,
                                @QueryValue @Nullable String sort,
                                @QueryValue(defaultValue = "0") @Min(0) int offset,
                                @QueryValue(defaultValue = "50") @Min(1) @Max(PageRequest.MAX_LIMIT) int limit) {
        WorkspaceId workspace = workspaces.resolve(http);
        if (stage != null || sort != null) {
            return scored.page(workspace, stage, sort, new AccountFilter(industry, createdAfter), new PageRequest(offset, limit));
        }
        return PageResponse.from(accounts.list(workspace, new AccountFilter(industry, createdAfter), new PageRequest(offset, limit)),
                AccountResponse::from);
    }

    @Post("/{id}/intent")
    @Operation(summary = "Record a weekly intent surge", description = "Replaces the signal for the same topic and week")
    public IntentResponse recordIntent(HttpRequest<?> http, @PathVariable String id, @Body @Valid IntentRequest request) {
        WorkspaceId workspace = workspaces.resolve(http);
        AccountId account = accountId(id);
        return IntentResponse.from(intent.record(Fields.within(null, () -> request.toDomain(workspace, account))));
    }

    private static AccountId accountId(String id) {
        return Fields.within(null, () -> new AccountId(id));
    }
}
