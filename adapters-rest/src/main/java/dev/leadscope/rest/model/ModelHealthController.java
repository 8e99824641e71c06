package dev.leadscope.rest.model;

import dev.leadscope.domain.port.in.ChallengeModelUseCase;
import dev.leadscope.domain.port.in.MonitorModelUseCase;
import dev.leadscope.rest.wiring.WorkspaceResolver;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/** The learning loop over HTTP: the active model's monitored health, and the decisions about challenger models. */
@Controller("/api/v1/models")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "models")
public class ModelHealthController {
    private final MonitorModelUseCase monitor;
    private final ChallengeModelUseCase challengers;
    private final WorkspaceResolver workspaces;

    public ModelHealthController(MonitorModelUseCase monitor, ChallengeModelUseCase challengers, WorkspaceResolver workspaces) {
        this.monitor = monitor;
        this.challengers = challengers;
        this.workspaces = workspaces;
    }

    @Get("/active/health")
    @Operation(summary = "The active model's health", description = "The latest monitor run (score and feature PSI, calibration "
            + "error and AUC drop on matured outcomes, each with value, threshold and status; calibration bands, weekly AUC, "
            + "PSI per watched feature) and earlier runs, latest first (limit, default 30). 503 when no model is active.")
    public HealthResponse health(HttpRequest<?> http, @QueryValue(defaultValue = "30") int limit) {
        return HealthResponse.from(monitor.health(workspaces.resolve(http), limit));
    }

    @Get("/challengers")
    @Operation(summary = "Decisions about challenger models, newest first", description = "trained, shadowing, promoted, kept or "
            + "rejected, with the figures each was made on (limit, default 100)")
    public List<DecisionResponse> challengers(HttpRequest<?> http, @QueryValue(defaultValue = "100") int limit) {
        return challengers.decisions(workspaces.resolve(http), limit).stream().map(DecisionResponse::from).toList();
    }
}
