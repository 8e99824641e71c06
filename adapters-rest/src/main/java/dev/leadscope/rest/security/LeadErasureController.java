package dev.leadscope.rest.security;

import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.port.in.EraseLeadUseCase;
import dev.leadscope.rest.common.Fields;
import dev.leadscope.rest.realtime.LeadChanges;
import dev.leadscope.rest.wiring.WorkspaceResolver;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Erases a lead on request (admin): the lead with its events, notes, outcomes, feedback and scores; the account stays. */
@Controller("/api/v1/leads/{id}")
@Tag(name = "leads")
@ExecuteOn(TaskExecutors.BLOCKING)
public class LeadErasureController {
    private final EraseLeadUseCase erasure;
    private final WorkspaceResolver workspaces;
    private final LeadChanges changes;

    public LeadErasureController(EraseLeadUseCase erasure, WorkspaceResolver workspaces, LeadChanges changes) {
        this.erasure = erasure;
        this.workspaces = workspaces;
        this.changes = changes;
    }

    @Delete
    @Operation(summary = "Erase a lead and everything recorded about it", description = "One transaction; audited; 404 when the "
            + "workspace has no such lead")
    public ErasureResponse erase(HttpRequest<?> http, @PathVariable String id) {
        LeadId lead = Fields.named("id", () -> new LeadId(id));
        var caller = workspaces.caller(http);
        ErasureResponse erased = ErasureResponse.from(erasure.erase(lead, caller));
        changes.erased(caller.workspace(), lead);
        return erased;
    }
}
