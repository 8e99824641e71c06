package dev.leadscope.rest.realtime;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.port.in.ManageModelsUseCase;
import dev.leadscope.domain.port.out.ModelUnavailableException;
import dev.leadscope.domain.port.out.PendingRescoring;
import dev.leadscope.domain.rescoring.CoalescingQueue;
import dev.leadscope.rest.score.ScoreController;
import dev.leadscope.rest.wiring.WorkspaceResolver;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Shows where rescoring stands (queue, pending leads, the latest bulk rescoring) and starts a bulk rescoring. */
@Controller("/api/v1/rescoring")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "scores")
public class RescoringController {
    private final BulkRescoring bulk;
    private final CoalescingQueue queue;
    private final PendingRescoring pending;
    private final ManageModelsUseCase models;
    private final RescoringWorker worker;
    private final WorkspaceResolver workspaces;

    public RescoringController(BulkRescoring bulk, CoalescingQueue queue, PendingRescoring pending, ManageModelsUseCase models,
                               RescoringWorker worker, WorkspaceResolver workspaces) {
        this.bulk = bulk;
        this.queue = queue;
        this.pending = pending;
        this.models = models;
        this.worker = worker;
        this.workspaces = workspaces;
    }

    @Get
    @Operation(summary = "Rescoring status: queue depth and capacity, leads pending, the latest bulk rescoring of this workspace")
    public RescoringStatusResponse status(HttpRequest<?> http) {
        WorkspaceId workspace = workspaces.resolve(http);
        BulkRescoring.Status s = bulk.status();
        return RescoringStatusResponse.of(worker.running(), queue.depth(), queue.capacity(), queue.leads(), pending.count(),
                s != null && s.workspace().equals(workspace) ? s : null);
    }

    @Post
    @Operation(summary = "Rescore every lead of the workspace with the active model, in the background",
            description = "202 with the status to poll at GET /api/v1/rescoring; 503 no active model")
    public HttpResponse<RescoringStatusResponse> start(HttpRequest<?> http) {
        WorkspaceId workspace = workspaces.resolve(http);
        if (models.active(workspace).isEmpty()) {
            throw new ModelUnavailableException(ScoreController.NO_ACTIVE_MODEL);
        }
        bulk.start(workspace);
        return HttpResponse.accepted().body(status(http));
    }
}
