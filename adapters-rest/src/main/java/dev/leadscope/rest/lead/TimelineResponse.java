package dev.leadscope.rest.lead;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A lead's timeline, oldest entry first. */
@Serdeable
public record TimelineResponse(String leadId, List<TimelineEntryResponse> entries) {
}
