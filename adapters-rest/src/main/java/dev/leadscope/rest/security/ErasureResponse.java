package dev.leadscope.rest.security;

import dev.leadscope.domain.privacy.ErasedLead;
import io.micronaut.serde.annotation.Serdeable;

/** What erasing a lead removed. */
@Serdeable
public record ErasureResponse(String leadId, long events, long notes, long outcomes, long feedback, long scores) {

    public static ErasureResponse from(ErasedLead e) {
        return new ErasureResponse(e.lead().value(), e.events(), e.notes(), e.outcomes(), e.feedback(), e.scores());
    }
}
