package dev.leadscope.rest.rep;

import dev.leadscope.domain.common.PageRequest;
import dev.leadscope.domain.lead.RepId;
import dev.leadscope.rest.common.Fields;
import dev.leadscope.rest.common.PageResponse;
import dev.leadscope.rest.wiring.WorkspaceResolver;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Answers for a sales rep: the leads routed to them, best first, each with its next action and reason. */
@Controller("/api/v1/reps/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "reps")
public class RepController {
    private final RepQueue queue;
    private final WorkspaceResolver workspaces;

    public RepController(RepQueue queue, WorkspaceResolver workspaces) {
        this.queue = queue;
        this.workspaces = workspaces;
    }

    @Get("/queue")
    @Operation(summary = "A rep's routed queue, best first, each lead with its qualification, next action and reason",
            description = "The leads the rep owns, qualified from their latest stored scores (unscored leads are Low), ordered by "
                    + "next action (call now, sequence and demo, nurture, disqualify), then probability. 404 when the rep owns no lead")
    public PageResponse<QueueItemResponse> queue(HttpRequest<?> http, @PathVariable String id,
                                                 @QueryValue(defaultValue = "0") @Min(0) int offset,
                                                 @QueryValue(defaultValue = "50") @Min(1) @Max(PageRequest.MAX_LIMIT) int limit) {
        RepId rep = Fields.named("id", () -> new RepId(id));
        return queue.page(workspaces.resolve(http), rep, new PageRequest(offset, limit));
    }
}
