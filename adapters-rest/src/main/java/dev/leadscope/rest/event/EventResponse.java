package dev.leadscope.rest.event;

import dev.leadscope.domain.event.ActivityEvent;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.Map;

/** An activity event as stored. */
@Serdeable
public record EventResponse(String id, String leadId, String type, String category, Instant occurredAt, Map<String, String> properties) {

    public static EventResponse from(ActivityEvent e) {
        return new EventResponse(e.id().value(), e.leadId().value(), e.type().name(), e.category(), e.occurredAt(), e.properties());
    }
}
