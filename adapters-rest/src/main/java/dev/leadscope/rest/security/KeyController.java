package dev.leadscope.rest.security;

import dev.leadscope.domain.port.in.ManageKeysUseCase;
import dev.leadscope.domain.security.Caller;
import dev.leadscope.rest.wiring.WorkspaceResolver;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;

/** Issues, lists and revokes the API keys of the caller's workspace (admin). */
@Controller("/api/v1/keys")
@Tag(name = "security")
@ExecuteOn(TaskExecutors.BLOCKING)
public class KeyController {
    private final ManageKeysUseCase keys;
    private final WorkspaceResolver workspaces;

    public KeyController(ManageKeysUseCase keys, WorkspaceResolver workspaces) {
        this.keys = keys;
        this.workspaces = workspaces;
    }

    @Post
    @Operation(summary = "Issue an API key", description = "201 with the token, shown only in this answer; the key is audited")
    public HttpResponse<IssuedKeyResponse> create(HttpRequest<?> http, @Body @Valid KeyRequest request) {
        Caller caller = workspaces.caller(http);
        IssuedKeyResponse issued = IssuedKeyResponse.from(keys.create(request.toCommand(caller.workspace()), caller));
        return HttpResponse.created(issued, URI.create("/api/v1/keys/" + issued.key().id()));
    }

    @Get
    @Operation(summary = "The workspace's API keys, oldest first, without their secrets")
    public List<KeyResponse> list(HttpRequest<?> http) {
        return keys.list(workspaces.resolve(http)).stream().map(KeyResponse::from).toList();
    }

    @Delete("/{id}")
    @Operation(summary = "Revoke an API key", description = "It stops working at once; revoking twice changes nothing")
    public KeyResponse revoke(HttpRequest<?> http, @PathVariable String id) {
        Caller caller = workspaces.caller(http);
        return KeyResponse.from(keys.revoke(caller.workspace(), id, caller));
    }
}
