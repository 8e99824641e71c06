package dev.leadscope.rest.rep;

import dev.leadscope.domain.bant.Qualification;
import dev.leadscope.rest.lead.LeadResponse;
import dev.leadscope.rest.qualification.QualificationResponse;
import io.micronaut.serde.annotation.Serdeable;

/** A lead in a rep's queue, with the qualification that routed it: its tier, BANT, next action and reason. */
@Serdeable
public record QueueItemResponse(LeadResponse lead, QualificationResponse qualification) {

    static QueueItemResponse of(LeadResponse lead, Qualification q) {
        return new QueueItemResponse(lead, QualificationResponse.from(q));
    }
}
