package dev.leadscope.rest.event;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.port.in.IngestEventsUseCase;
import dev.leadscope.rest.common.Fields;
import dev.leadscope.rest.error.DecodeFailures;
import dev.leadscope.rest.error.FieldError;
import dev.leadscope.rest.error.InvalidRequestException;
import dev.leadscope.rest.error.PayloadTooLargeException;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads the items of a batch one at a time: each becomes a domain event or a list of errors naming its fields. */
@Singleton
public class EventBatchReader {
    private final JsonMapper json;

    public EventBatchReader(JsonMapper json) {
        this.json = json;
    }

    /** One item of a batch: the event when it is valid, else the errors found. */
    public record Item(int index, String eventId, ActivityEvent event, List<FieldError> errors) {
    }

    /**
     * The items of {@code {"events": [...]}}. A well-typed batch is decoded in one pass; when any item has a
     * value of the wrong type, the batch is read again item by item so that only that item is rejected.
     *
     * @throws InvalidRequestException when the body is not JSON or has no array of events
     * @throws PayloadTooLargeException when it holds more events than one call accepts
     */
    public List<Item> read(byte[] body, WorkspaceId workspace) {
        EventBatchRequest typed;
        try {
            typed = json.readValue(body, EventBatchRequest.class);
        } catch (IOException | RuntimeException e) {
            if (DecodeFailures.isSyntaxError(e)) {
                throw new InvalidRequestException("The request body is not well-formed JSON", List.of(DecodeFailures.describe(null, e)));
            }
            return readLeniently(body, workspace);
        }
        if (typed == null || typed.events() == null) {
            throw new InvalidRequestException("events", "must be an array of events");
        }
        checkSize(typed.events().size());
        List<Item> items = new ArrayList<>(typed.events().size());
        for (int i = 0; i < typed.events().size(); i++) {
            EventRequest request = typed.events().get(i);
            items.add(request == null
                    ? new Item(i, null, null, List.of(new FieldError("events[" + i + "]", "must be an object")))
                    : toDomain(i, request, workspace));
        }
        return items;
    }

    private List<Item> readLeniently(byte[] body, WorkspaceId workspace) {
        JsonNode tree;
        try {
            tree = json.readValue(body, JsonNode.class);
        } catch (IOException e) {
            throw new InvalidRequestException("The request body is not well-formed JSON", List.of(DecodeFailures.describe(null, e)));
        }
        if (tree == null || !tree.isObject()) {
            throw new InvalidRequestException("events", "must be an array of events in an object: {\"events\": [...]}");
        }
        JsonNode events = tree.get("events");
        if (events == null || !events.isArray()) {
            throw new InvalidRequestException("events", "must be an array of events");
        }
        checkSize(events.size());
        List<Item> items = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            items.add(readItem(i, events.get(i), workspace));
        }
        return items;
    }

    private static void checkSize(int size) {
        if (size > IngestEventsUseCase.MAX_BATCH) {
            throw new PayloadTooLargeException("events", "a batch holds at most " + IngestEventsUseCase.MAX_BATCH + " events: " + size);
        }
    }

    private Item readItem(int index, JsonNode node, WorkspaceId workspace) {
        String prefix = "events[" + index + "]";
        String eventId = idOf(node);
        if (!node.isObject()) {
            return new Item(index, eventId, null, List.of(new FieldError(prefix, "must be an object")));
        }
        try {
            return toDomain(index, json.readValueFromTree(node, EventRequest.class), workspace);
        } catch (IOException | RuntimeException e) {
            return new Item(index, eventId, null, List.of(DecodeFailures.describe(prefix, e)));
        }
    }

    /** The domain event, or the errors naming the fields it rejected. */
    private static Item toDomain(int index, EventRequest request, WorkspaceId workspace) {
        String prefix = "events[" + index + "]";
        try {
            return new Item(index, request.id(), request.toDomain(workspace, prefix), List.of());
        } catch (InvalidRequestException e) {
            return new Item(index, request.id(), null, e.errors());
        } catch (IllegalArgumentException e) {
            return new Item(index, request.id(), null, List.of(Fields.error(prefix, e)));
        }
    }

    private static String idOf(JsonNode node) {
        JsonNode id = node.isObject() ? node.get("id") : null;
        return id != null && id.isString() ? id.getStringValue() : null;
    }
}
