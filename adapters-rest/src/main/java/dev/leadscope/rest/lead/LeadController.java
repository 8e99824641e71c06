package dev.leadscope.rest.lead;

import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.common.PageRequest;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.lead.RepId;
import dev.leadscope.domain.port.in.AccountNotFoundException;
import dev.leadscope.domain.port.in.ManageLeadsUseCase;
import dev.leadscope.domain.port.in.ManageLeadsUseCase.LeadDetails;
import dev.leadscope.domain.port.out.LeadFilter;
import dev.leadscope.rest.common.Fields;
import dev.leadscope.rest.common.PageResponse;
import dev.leadscope.rest.error.UnknownReferenceException;
import dev.leadscope.rest.score.RankedLeads;
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
import java.util.function.Supplier;

/** Creates, replaces, reads and lists leads. */
@Controller("/api/v1/leads")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "leads")
public class LeadController {
    private final ManageLeadsUseCase leads;
    private final WorkspaceResolver workspaces;
    private final RankedLeads ranked;

    public LeadController(ManageLeadsUseCase leads, WorkspaceResolver workspaces, RankedLeads ranked) {
        this.leads = leads;
        this.workspaces = workspaces;
        this.ranked = ranked;
    }

    @Post
    @Operation(summary = "Create a lead", description = "201 with Location; 409 when the id is taken; 422 when accountId names no account")
    public HttpResponse<LeadResponse> create(HttpRequest<?> http, @Body @Valid LeadRequest request) {
        LeadId id = request.id() == null ? null : leadId(request.id());
        LeadDetails details = request.toDetails();
        Lead created = referencing(() -> leads.create(workspaces.resolve(http), id, details));
        return HttpResponse.created(LeadResponse.from(created), URI.create("/api/v1/leads/" + created.id().value()));
    }

    @Put("/{id}")
    @Operation(summary = "Replace a lead's details", description = "404 when the lead does not exist; 422 when accountId names no account")
    public LeadResponse update(HttpRequest<?> http, @PathVariable String id, @Body @Valid LeadRequest request) {
        LeadId leadId = leadId(id);
        LeadDetails details = request.toDetails();
        return LeadResponse.from(referencing(() -> leads.update(workspaces.resolve(http), leadId, details)));
    }

    @Get("/{id}")
    @Operation(summary = "Read a lead, with the seniority and committee role derived from its title")
    public LeadResponse get(HttpRequest<?> http, @PathVariable String id) {
        return LeadResponse.from(leads.get(workspaces.resolve(http), leadId(id)));
    }

    @Get
    @Operation(summary = "List leads", description = "Ordered by creation time; createdAfter is exclusive. With sort=score: the "
            + "scored leads ranked by their latest stored score, highest first, each item {lead, score} (no filters)")
    public PageResponse<?> list(HttpRequest<?> http,
                                @QueryValue @Nullable String accountId,
                                @QueryValue @Nullable String owner,
                                @QueryValue @Nullable Instant createdAfter,
                                @QueryValue @Nullable String sort,
                                @QueryValue(defaultValue = "0") @Min(0) int offset,
                                @QueryValue(defaultValue = "50") @Min(1) @Max(PageRequest.MAX_LIMIT) int limit) {
        WorkspaceId workspace = workspaces.resolve(http);
        if (sort != null) {
            return ranked.page(workspace, sort, accountId != null || owner != null || createdAfter != null, new PageRequest(offset, limit));
        }
        AccountId account = accountId == null ? null : Fields.within(null, () -> new AccountId(accountId));
        RepId rep = owner == null ? null : Fields.named("owner", () -> new RepId(owner));
        return PageResponse.from(leads.list(workspace, new LeadFilter(account, rep, createdAfter), new PageRequest(offset, limit)),
                LeadResponse::from);
    }

    static LeadId leadId(String id) {
        return Fields.within(null, () -> new LeadId(id));
    }

    /** An account named in the body that does not exist is the body's fault (422), not a missing resource (404). */
    private static <T> T referencing(Supplier<T> call) {
        try {
            return call.get();
        } catch (AccountNotFoundException e) {
            throw new UnknownReferenceException("accountId", e.kind(), e.id());
        }
    }
}
