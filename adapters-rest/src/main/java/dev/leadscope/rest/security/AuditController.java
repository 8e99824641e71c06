package dev.leadscope.rest.security;

import dev.leadscope.domain.common.PageRequest;
import dev.leadscope.domain.port.in.AuditTrailUseCase;
import dev.leadscope.rest.common.Fields;
import dev.leadscope.rest.common.PageResponse;
import dev.leadscope.rest.wiring.WorkspaceResolver;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The caller's workspace's audit log (admin). */
@Controller("/api/v1/audit")
@Tag(name = "security")
@ExecuteOn(TaskExecutors.BLOCKING)
public class AuditController {
    private final AuditTrailUseCase audit;
    private final WorkspaceResolver workspaces;

    public AuditController(AuditTrailUseCase audit, WorkspaceResolver workspaces) {
        this.audit = audit;
        this.workspaces = workspaces;
    }

    @Get
    @Operation(summary = "Key creations and revocations, model activations and rollbacks, and lead erasures, newest first")
    public PageResponse<AuditEntryResponse> list(HttpRequest<?> http, @QueryValue(defaultValue = "0") int offset,
                                                 @QueryValue(defaultValue = "50") int limit) {
        PageRequest page = Fields.within(null, () -> new PageRequest(offset, limit));
        return PageResponse.from(audit.entries(workspaces.resolve(http), page), AuditEntryResponse::from);
    }
}
