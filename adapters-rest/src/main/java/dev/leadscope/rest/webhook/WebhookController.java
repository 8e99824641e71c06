package dev.leadscope.rest.webhook;

import dev.leadscope.domain.common.PageRequest;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.port.in.ManageWebhooksUseCase;
import dev.leadscope.rest.common.Fields;
import dev.leadscope.rest.common.PageResponse;
import dev.leadscope.rest.wiring.WorkspaceResolver;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;

/** Webhook subscriptions of the caller's workspace, their delivery logs, pings and redeliveries (admin). */
@Controller("/api/v1/webhooks")
@Tag(name = "webhooks")
@ExecuteOn(TaskExecutors.BLOCKING)
public class WebhookController {
    private final ManageWebhooksUseCase webhooks;
    private final WorkspaceResolver workspaces;

    public WebhookController(ManageWebhooksUseCase webhooks, WorkspaceResolver workspaces) {
        this.webhooks = webhooks;
        this.workspaces = workspaces;
    }

    @Post
    @Operation(summary = "Subscribe a webhook", description = "201 with the signing secret, shown only in this answer")
    public HttpResponse<CreatedWebhookResponse> create(HttpRequest<?> http, @Body @Valid WebhookRequest request) {
        WorkspaceId ws = workspaces.resolve(http);
        CreatedWebhookResponse created = CreatedWebhookResponse.from(webhooks.create(request.toCommand(ws)));
        return HttpResponse.created(created, URI.create("/api/v1/webhooks/" + created.webhook().id()));
    }

    @Get
    @Operation(summary = "The workspace's webhooks, oldest first, without their secrets")
    public List<WebhookResponse> list(HttpRequest<?> http) {
        return webhooks.list(workspaces.resolve(http)).stream().map(WebhookResponse::from).toList();
    }

    @Get("/{id}")
    public WebhookResponse get(HttpRequest<?> http, @PathVariable String id) {
        return WebhookResponse.from(webhooks.get(workspaces.resolve(http), id));
    }

    @Patch("/{id}")
    @Operation(summary = "Change a webhook's url, secret, kinds, description or active flag; fields left out keep their value")
    public WebhookResponse change(HttpRequest<?> http, @PathVariable String id, @Body WebhookChangeRequest request) {
        return WebhookResponse.from(webhooks.change(workspaces.resolve(http), id, request.toChange()));
    }

    @Delete("/{id}")
    @Operation(summary = "Unsubscribe a webhook", description = "Its queued deliveries and its delivery log go with it")
    public HttpResponse<Void> delete(HttpRequest<?> http, @PathVariable String id) {
        webhooks.delete(workspaces.resolve(http), id);
        return HttpResponse.noContent();
    }

    @Get("/{id}/deliveries")
    @Operation(summary = "The webhook's delivery log, newest first: each delivery with every attempt's time, status code or error, "
            + "duration and next attempt")
    public PageResponse<DeliveryResponse> deliveries(HttpRequest<?> http, @PathVariable String id, @QueryValue(defaultValue = "0") int offset,
                                                     @QueryValue(defaultValue = "50") int limit) {
        PageRequest page = Fields.within(null, () -> new PageRequest(offset, limit));
        return PageResponse.from(webhooks.deliveries(workspaces.resolve(http), id, page), DeliveryResponse::from);
    }

    @Post("/{id}/test")
    @Operation(summary = "Send a ping now", description = "Sent even to an inactive webhook; answers with the first attempt, and a failed ping "
            + "is retried like any delivery")
    public DeliveryResponse ping(HttpRequest<?> http, @PathVariable String id) {
        return DeliveryResponse.from(webhooks.ping(workspaces.resolve(http), id));
    }

    @Post("/{id}/deliveries/{deliveryId}/redeliver")
    @Operation(summary = "Queue a dead (or delivered) delivery again", description = "202; it gets a fresh set of tries. 409 while it is pending")
    public HttpResponse<DeliveryResponse> redeliver(HttpRequest<?> http, @PathVariable String id, @PathVariable String deliveryId) {
        return HttpResponse.accepted().body(DeliveryResponse.from(webhooks.redeliver(workspaces.resolve(http), id, deliveryId)));
    }
}
