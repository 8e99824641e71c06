package dev.leadscope.rest.event;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.port.in.IngestEventsUseCase;
import dev.leadscope.rest.common.Fields;
import dev.leadscope.rest.error.ConstraintViolationHandler;
import dev.leadscope.rest.error.DecodeFailures;
import dev.leadscope.rest.error.FieldError;
import dev.leadscope.rest.error.InvalidRequestException;
import dev.leadscope.rest.error.PayloadTooLargeException;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.validation.validator.Validator;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads the items of a batch one at a time: each becomes a domain event or a list of errors naming its fields. */
@Singleton
public class EventBatchReader {
    private final JsonMapper json;
    private final Validator validator;

    public EventBatchReader(JsonMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /** One item of a batch: the event when it is valid, else the errors found. */
    public record Item(int index, String eventId, ActivityEvent event, List<FieldError> errors) {
    }

    /** The items of {@code {"events": [...]}}; throws when the body itself is not of that shape or too long. */
    public List<Item> read(JsonNode body, WorkspaceId workspace) {
        if (body == null || !body.isObject()) {
            throw new InvalidRequestException("events", "must be an array of events in an object: {\"events\": [...]}");
        }
        JsonNode events = body.get("events");
        if (events == null || !events.isArray()) {
            throw new InvalidRequestException("events", "must be an array of events");
        }
        if (events.size() > IngestEventsUseCase.MAX_BATCH) {
            throw new PayloadTooLargeException("events", "a batch holds at most " + IngestEventsUseCase.MAX_BATCH + " events: " + events.size());
        }
        List<Item> items = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            items.add(readItem(i, events.get(i), workspace));
        }
        return items;
    }

    private Item readItem(int index, JsonNode node, WorkspaceId workspace) {
        String prefix = "events[" + index + "]";
        String eventId = idOf(node);
        if (!node.isObject()) {
            return new Item(index, eventId, null, List.of(new FieldError(prefix, "must be an object")));
        }
        EventRequest request;
        try {
            request = json.readValueFromTree(node, EventRequest.class);
        } catch (IOException | RuntimeException e) {
            return new Item(index, eventId, null, List.of(DecodeFailures.describe(prefix, e)));
        }
        Set<ConstraintViolation<EventRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            return new Item(index, eventId, null, ConstraintViolationHandler.fieldErrors(prefix, violations));
        }
        try {
            return new Item(index, eventId, request.toDomain(workspace, prefix), List.of());
        } catch (InvalidRequestException e) {
            return new Item(index, eventId, null, e.errors());
        } catch (IllegalArgumentException e) {
            return new Item(index, eventId, null, List.of(Fields.error(prefix, e)));
        }
    }

    private static String idOf(JsonNode node) {
        JsonNode id = node.isObject() ? node.get("id") : null;
        return id != null && id.isString() ? id.getStringValue() : null;
    }
}
