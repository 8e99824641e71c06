package dev.leadscope.rest.event;

import dev.leadscope.rest.error.FieldError;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** What happened to one event of a batch: its index and id, its status, and what was wrong with it. */
@Serdeable
public record EventResult(
        int index,
        String eventId,
        @Schema(description = "accepted, duplicate (stored before with the same content), conflict (stored before with other content) or rejected")
        String status,
        List<FieldError> errors) {
    public static final String ACCEPTED = "accepted";
    public static final String DUPLICATE = "duplicate";
    public static final String CONFLICT = "conflict";
    public static final String REJECTED = "rejected";

    public EventResult {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }
}
