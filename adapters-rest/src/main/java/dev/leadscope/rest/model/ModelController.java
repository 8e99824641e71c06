package dev.leadscope.rest.model;

import dev.leadscope.domain.audit.AuditAction;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.port.in.AuditTrailUseCase;
import dev.leadscope.domain.port.in.ManageModelsUseCase;
import dev.leadscope.domain.port.in.TrainModelUseCase.TrainCommand;
import dev.leadscope.domain.port.in.TrainModelUseCase.TrainingResult;
import dev.leadscope.domain.scoring.ModelVersion;
import dev.leadscope.domain.security.Caller;
import dev.leadscope.domain.security.Role;
import dev.leadscope.rest.common.Fields;
import dev.leadscope.rest.error.ConflictException;
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

/** Trains models in the background, lists and inspects them, and activates or rolls back the one that scores. */
@Controller("/api/v1/models")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "models")
public class ModelController {
    private final TrainingJobs jobs;
    private final ManageModelsUseCase models;
    private final WorkspaceResolver workspaces;
    private final AuditTrailUseCase audit;

    public ModelController(TrainingJobs jobs, ManageModelsUseCase models, WorkspaceResolver workspaces, AuditTrailUseCase audit) {
        this.jobs = jobs;
        this.models = models;
        this.workspaces = workspaces;
        this.audit = audit;
    }

    @Post
    @Operation(summary = "Train a model on the stored history", description = "202 with the job and its Location; poll "
            + "GET /api/v1/models/jobs/{id}. Body (all optional): horizonDays (90), createdBefore (back-test date), seed (42), "
            + "activate (false), sequenceModel (auto, on or off; default leadscope.training.sequence-model, auto). A run without enough converted and not-converted examples fails with 422 and the counts.")
    public HttpResponse<TrainingJobResponse> train(HttpRequest<?> http, @Body @Valid @Nullable TrainRequest request) {
        TrainRequest r = request == null ? new TrainRequest(null, null, null, null) : request;
        Caller caller = workspaces.caller(http);
        TrainCommand command = r.toCommand(caller.workspace());
        if (command.activate() && caller.role() != Role.ADMIN) {
            throw new ForbiddenException("activate", "activating a model needs the admin role; train without activate and ask an admin");
        }
        TrainingJob<TrainCommand, TrainingResult> job = jobs.start(command, result -> {
            if (result.activated()) {
                audit.record(caller, AuditAction.MODEL_ACTIVATED, result.model().version().value(), "trained and activated");
            }
        });
        return HttpResponse.accepted(URI.create("/api/v1/models/jobs/" + job.id())).body(TrainingJobResponse.from(job));
    }

    @Get("/jobs/{id}")
    @Operation(summary = "A training job's state", description = "queued, running, succeeded or failed; the current step and "
            + "share done; the stored model or the problem")
    public TrainingJobResponse job(HttpRequest<?> http, @PathVariable String id) {
        WorkspaceId workspace = workspaces.resolve(http);
        return TrainingJobResponse.from(jobs.find(id).filter(j -> j.command().workspace().equals(workspace))
                .orElseThrow(() -> new TrainingJobNotFoundException(id)));
    }

    @Get
    @Operation(summary = "List models, newest first, with the active one marked")
    public ModelListResponse list(HttpRequest<?> http) {
        WorkspaceId workspace = workspaces.resolve(http);
        return ModelListResponse.from(models.list(workspace), models.active(workspace).orElse(null));
    }

    @Get("/{version}")
    @Operation(summary = "A model's provenance and held-out metrics", description = "404 when the workspace has no such version")
    public ModelResponse get(HttpRequest<?> http, @PathVariable String version) {
        WorkspaceId workspace = workspaces.resolve(http);
        ModelVersion v = version(version);
        return ModelResponse.from(models.get(workspace, v), models.active(workspace).map(v::equals).orElse(false));
    }

    @Get(value = "/{version}/report", produces = "text/markdown")
    @Operation(summary = "A model's evaluation report (Markdown)")
    public String report(HttpRequest<?> http, @PathVariable String version) {
        return models.report(workspaces.resolve(http), version(version));
    }

    @Post("/{version}/activate")
    @Operation(summary = "Make a model the one that scores", description = "The model is loaded and its feature schema checked "
            + "first: 503 when it cannot be used, 404 when there is no such version")
    public ActivationResponse activate(HttpRequest<?> http, @PathVariable String version) {
        ModelVersion v = version(version);
        Caller caller = workspaces.caller(http);
        models.activate(caller.workspace(), v);
        audit.record(caller, AuditAction.MODEL_ACTIVATED, v.value(), "activated");
        return ActivationResponse.from(v);
    }

    @Post("/rollback")
    @Operation(summary = "Make the previously active model active again", description = "409 when there is nothing to go back to")
    public ActivationResponse rollback(HttpRequest<?> http) {
        Caller caller = workspaces.caller(http);
        try {
            ModelVersion now = models.rollback(caller.workspace());
            audit.record(caller, AuditAction.MODEL_ROLLED_BACK, now.value(), "rolled back to " + now.value());
            return ActivationResponse.from(now);
        } catch (IllegalStateException e) {
            throw new ConflictException("active", e.getMessage());
        }
    }

    private static ModelVersion version(String version) {
        return Fields.named("version", () -> new ModelVersion(version));
    }
}
