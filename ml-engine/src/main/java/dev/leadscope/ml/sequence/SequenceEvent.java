package dev.leadscope.ml.sequence;

import dev.leadscope.domain.event.ActivityEvent;
import java.time.Instant;
import java.util.Objects;

/**
 * One behavioural event as the sequence model reads it: its type, an optional category (page category,
 * channel, lifecycle) and when it happened.
 */
public record SequenceEvent(String type, String category, Instant at) {
    public SequenceEvent {
        if (type == null || type.isBlank()) {
            throw new IllegalArgumentException("event type must not be empty");
        }
        Objects.requireNonNull(at, "event time must not be empty");
        category = category == null || category.isBlank() ? null : category;
    }

    /** The sequence view of a stored activity event: its type name, category and time. */
    public static SequenceEvent of(ActivityEvent event) {
        return new SequenceEvent(event.type().name(), event.category(), event.occurredAt());
    }
}
