package dev.leadscope.rest.event;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.port.in.EventIngestResult;
import dev.leadscope.domain.port.in.IngestEventsUseCase;
import dev.leadscope.rest.error.ConflictException;
import dev.leadscope.rest.error.FieldError;
import dev.leadscope.rest.error.UnknownReferenceException;
import dev.leadscope.rest.wiring.WorkspaceResolver;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;

/** Ingests activity events, one at a time or in batches, idempotently by event id. */
@Controller("/api/v1/events")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "events")
public class EventController {
    private final IngestEventsUseCase ingest;
    private final EventBatchReader reader;
    private final WorkspaceResolver workspaces;

    public EventController(IngestEventsUseCase ingest, EventBatchReader reader, WorkspaceResolver workspaces) {
        this.ingest = ingest;
        this.reader = reader;
        this.workspaces = workspaces;
    }

    @Post
    @Operation(summary = "Ingest one event",
            description = "201 when stored; 200 when the same id and content were stored before; 409 for the same id with other content; "
                    + "422 when leadId names no lead")
    public HttpResponse<EventResult> ingestOne(HttpRequest<?> http, @Body @Valid EventRequest request) {
        WorkspaceId workspace = workspaces.resolve(http);
        ActivityEvent event = request.toDomain(workspace, null);
        EventIngestResult result = ingest.ingest(workspace, List.of(event)).get(0);
        if (result instanceof EventIngestResult.Conflict) {
            throw new ConflictException("id", "event " + event.id() + " was stored before with other content");
        }
        if (result instanceof EventIngestResult.UnknownLead unknown) {
            throw new UnknownReferenceException("leadId", "lead", unknown.leadId().value());
        }
        boolean fresh = result instanceof EventIngestResult.Accepted;
        EventResult body = new EventResult(0, event.id().value(), fresh ? EventResult.ACCEPTED : EventResult.DUPLICATE, List.of());
        return fresh ? HttpResponse.created(body) : HttpResponse.ok(body);
    }

    @Post("/batch")
    @Operation(summary = "Ingest up to 10,000 events",
            description = "200 with one result per event; good events are stored even when others are bad; more than 10,000 gives 413")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = EventBatchRequest.class)))
    public BatchResponse ingestBatch(HttpRequest<?> http, @Body byte[] body) {
        WorkspaceId workspace = workspaces.resolve(http);
        List<EventBatchReader.Item> items = reader.read(body, workspace);
        List<ActivityEvent> valid = new ArrayList<>(items.size());
        for (EventBatchReader.Item item : items) {
            if (item.event() != null) {
                valid.add(item.event());
            }
        }
        List<EventIngestResult> outcomes = valid.isEmpty() ? List.of() : ingest.ingest(workspace, valid);
        List<EventResult> results = new ArrayList<>(items.size());
        int next = 0;
        for (EventBatchReader.Item item : items) {
            if (item.event() == null) {
                results.add(new EventResult(item.index(), item.eventId(), EventResult.REJECTED, item.errors()));
            } else {
                results.add(result(item.index(), outcomes.get(next++)));
            }
        }
        return BatchResponse.of(results);
    }

    private static EventResult result(int index, EventIngestResult outcome) {
        String id = outcome.eventId().value();
        String prefix = "events[" + index + "]";
        if (outcome instanceof EventIngestResult.Accepted) {
            return new EventResult(index, id, EventResult.ACCEPTED, List.of());
        }
        if (outcome instanceof EventIngestResult.AlreadyAccepted) {
            return new EventResult(index, id, EventResult.DUPLICATE, List.of());
        }
        if (outcome instanceof EventIngestResult.Conflict) {
            return new EventResult(index, id, EventResult.CONFLICT,
                    List.of(new FieldError(prefix + ".id", "an event with this id was stored before with other content")));
        }
        EventIngestResult.UnknownLead unknown = (EventIngestResult.UnknownLead) outcome;
        return new EventResult(index, id, EventResult.REJECTED,
                List.of(new FieldError(prefix + ".leadId", "lead not found: " + unknown.leadId().value())));
    }
}
