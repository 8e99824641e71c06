package dev.leadscope.rest.rep;

import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.port.in.AssignLeadUseCase;
import dev.leadscope.rest.common.Fields;
import dev.leadscope.rest.error.ConflictException;
import dev.leadscope.rest.wiring.WorkspaceResolver;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** Routes a lead to a rep: a lead sales is to work that has no owner goes to the rep with the lightest open load. */
@Controller("/api/v1/leads/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "reps")
public class AssignmentController {
    private final AssignLeadUseCase assignment;
    private final WorkspaceResolver workspaces;

    public AssignmentController(AssignLeadUseCase assignment, WorkspaceResolver workspaces) {
        this.assignment = assignment;
        this.workspaces = workspaces;
    }

    @Post("/assign")
    @Operation(summary = "Assign the lead to the rep with the lightest open load, when sales is to work it and nobody owns it",
            description = "Qualifies the lead from its latest stored score. When its next action is a call or a sequence and it has no "
                    + "owner, it goes to the rep with the lowest (open leads + 1) / capacity, ties to the smaller rep id, and is "
                    + "stored with that owner. Body (optional): reps [{id, capacity}] to choose from; else the configured reps "
                    + "(leadscope.qualification.assignment.reps) or every rep who owns a lead. 404 unknown lead; 409 when "
                    + "assignment by open load is turned off")
    public AssignmentResponse assign(HttpRequest<?> http, @PathVariable String id, @Body @Valid @Nullable AssignRequest request) {
        LeadId lead = Fields.named("id", () -> new LeadId(id));
        try {
            return AssignmentResponse.from(assignment.assign(workspaces.resolve(http), lead, request == null ? null : request.capacities()));
        } catch (IllegalStateException e) {
            throw new ConflictException("assignment", e.getMessage());
        }
    }
}
