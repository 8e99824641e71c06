package dev.leadscope.rest.account;

import dev.leadscope.account.training.ActiveAccountModels;
import dev.leadscope.domain.audit.AuditAction;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.port.in.AuditTrailUseCase;
import dev.leadscope.domain.port.in.ModelNotFoundException;
import dev.leadscope.domain.port.in.TrainAccountModelUseCase;
import dev.leadscope.domain.port.out.AccountModelRegistry;
import dev.leadscope.domain.scoring.ModelVersion;
import dev.leadscope.domain.security.Caller;
import dev.leadscope.domain.security.Role;
import dev.leadscope.rest.common.Fields;
import dev.leadscope.rest.error.ConflictException;
import dev.leadscope.rest.model.ActivationResponse;
import dev.leadscope.rest.model.ModelListResponse;
import dev.leadscope.rest.model.TrainingJob;
import dev.leadscope.rest.model.TrainingJobNotFoundException;
import dev.leadscope.rest.security.ForbiddenException;
import dev.leadscope.rest.wiring.WorkspaceResolver;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;

/**
 * Trains account models in the background on the stored history, lists them, shows their reports, and activates
 * or rolls back the one that scores accounts.
 */
@Controller("/api/v1/account-models")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "accounts")
public class AccountModelController {
    private final AccountTrainingJobs jobs;
    private final AccountModelRegistry models;
    private final ActiveAccountModels active;
    private final WorkspaceResolver workspaces;
    private final AuditTrailUseCase audit;

    public AccountModelController(AccountTrainingJobs jobs, AccountModelRegistry models, ActiveAccountModels active,
                                  WorkspaceResolver workspaces, AuditTrailUseCase audit) {
        this.jobs = jobs;
        this.models = models;
        this.active = active;
        this.workspaces = workspaces;
        this.audit = audit;
    }

    @Post
    @Operation(summary = "Train the account model on the stored history", description = "202 with the job and its Location; poll "
            + "GET /api/v1/account-models/jobs/{id}. Body (all optional): horizonDays (90), cadenceDays (14), activate (false), "
            + "recomputeMemberScores (false). "
            + "Learns from account-level outcomes when there are enough (400 snapshots, 40 converted), else calibrates the "
            + "combination of the members' scores; fewer than 5 converted or 45 not converted snapshots fail with 422")
    public HttpResponse<AccountTrainingJobResponse> train(HttpRequest<?> http, @Body @Valid @Nullable AccountTrainRequest request) {
        AccountTrainRequest r = request == null ? new AccountTrainRequest(null, null, null, null) : request;
        Caller caller = workspaces.caller(http);
        TrainAccountModelUseCase.Command command = r.toCommand(caller.workspace());
        if (command.activate() && caller.role() != Role.ADMIN) {
            throw new ForbiddenException("activate", "activating an account model needs the admin role; train without activate and ask an admin");
        }
        TrainingJob<TrainAccountModelUseCase.Command, TrainAccountModelUseCase.Result> job = jobs.start(command, result -> {
            if (result.activated()) {
                audit.record(caller, AuditAction.MODEL_ACTIVATED, "account:" + result.model().version().value(), "account model trained and activated");
            }
        });
        return HttpResponse.accepted(URI.create("/api/v1/account-models/jobs/" + job.id())).body(AccountTrainingJobResponse.from(job));
    }

    @Get("/jobs/{id}")
    @Operation(summary = "An account model training job's state")
    public AccountTrainingJobResponse job(HttpRequest<?> http, @PathVariable String id) {
        WorkspaceId workspace = workspaces.resolve(http);
        return AccountTrainingJobResponse.from(jobs.find(id).filter(j -> j.command().workspace().equals(workspace))
                .orElseThrow(() -> new TrainingJobNotFoundException(id)));
    }

    @Get
    @Operation(summary = "List account models, newest first, with the active one marked")
    public ModelListResponse list(HttpRequest<?> http) {
        WorkspaceId workspace = workspaces.resolve(http);
        return ModelListResponse.from(models.list(workspace), models.active(workspace).orElse(null));
    }

    @Get(value = "/{version}/report", produces = "text/markdown")
    @Operation(summary = "An account model's evaluation report (Markdown)", description = "404 when there is no such version")
    public String report(HttpRequest<?> http, @PathVariable String version) {
        ModelVersion v = version(version);
        return models.load(workspaces.resolve(http), v).orElseThrow(() -> new ModelNotFoundException(v)).report();
    }

    @Post("/{version}/activate")
    @Operation(summary = "Make an account model the one that scores accounts", description = "404 when there is no such version")
    public ActivationResponse activate(HttpRequest<?> http, @PathVariable String version) {
        Caller caller = workspaces.caller(http);
        ModelVersion v = version(version);
        models.activate(caller.workspace(), v);
        active.forget(caller.workspace());
        audit.record(caller, AuditAction.MODEL_ACTIVATED, "account:" + v.value(), "account model activated");
        return ActivationResponse.from(v);
    }

    @Post("/rollback")
    @Operation(summary = "Make the previously active account model active again", description = "409 when there is nothing to go back to")
    public ActivationResponse rollback(HttpRequest<?> http) {
        Caller caller = workspaces.caller(http);
        try {
            ModelVersion v = models.rollback(caller.workspace());
            active.forget(caller.workspace());
            audit.record(caller, AuditAction.MODEL_ROLLED_BACK, "account:" + v.value(), "account model rolled back to " + v.value());
            return ActivationResponse.from(v);
        } catch (IllegalStateException e) {
            throw new ConflictException("active", e.getMessage());
        }
    }

    private static ModelVersion version(String version) {
        return Fields.named("version", () -> new ModelVersion(version));
    }
}
