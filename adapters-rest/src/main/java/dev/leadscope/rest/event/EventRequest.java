package dev.leadscope.rest.event;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.event.EventId;
import dev.leadscope.domain.event.EventType;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.rest.common.Fields;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** An activity event to ingest; sending the same id and content again changes nothing. */
@Serdeable
public record EventRequest(
        @NotBlank @Schema(description = "Your id for the event; ingest is idempotent by it") String id,
        @NotBlank @Schema(description = "The lead the event belongs to; must exist") String leadId,
        @NotBlank @Schema(description = "page_view, email_open, form_submit, trial_signup, meeting_booked ... or your CRM's own name")
        String type,
        @Nullable @Schema(description = "Refines the type: for a page view pricing, docs, case_study, blog ...") String category,
        @NotNull Instant occurredAt,
        @Nullable @Schema(description = "Anything else the source sent; values are strings, numbers or booleans")
        Map<String, Object> properties) {

    /**
     * The domain event; a rejected value is reported under {@code prefix} ({@code events[3]}) and the field.
     */
    public ActivityEvent toDomain(WorkspaceId workspace, String prefix) {
        EventId eventId = Fields.named(join(prefix, "id"), () -> new EventId(id));
        LeadId lead = Fields.named(join(prefix, "leadId"), () -> new LeadId(leadId));
        EventType eventType = Fields.named(join(prefix, "type"), () -> new EventType(type));
        Map<String, String> props = properties(prefix);
        return Fields.within(prefix, () -> new ActivityEvent(workspace, eventId, lead, eventType, category, occurredAt, props));
    }

    private Map<String, String> properties(String prefix) {
        if (properties == null) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        properties.forEach((key, value) -> {
            if (value instanceof String || value instanceof Number || value instanceof Boolean) {
                out.put(key, value.toString());
            } else {
                Fields.named(join(prefix, "properties." + key), () -> {
                    throw new IllegalArgumentException("properties." + key + " must be a string, number or boolean");
                });
            }
        });
        return out;
    }

    private static String join(String prefix, String field) {
        return prefix == null ? field : prefix + "." + field;
    }
}
