package dev.leadscope.rest.event;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The documented shape of a batch. The endpoint reads the items one by one, so that an item with a
 * wrong type or a missing field is reported on its own while the good items are stored.
 */
@Serdeable
public record EventBatchRequest(@Schema(description = "Up to 10,000 events", maxLength = 10_000) List<EventRequest> events) {
}
