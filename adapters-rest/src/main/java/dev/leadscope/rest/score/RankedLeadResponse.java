package dev.leadscope.rest.score;

import dev.leadscope.rest.lead.LeadResponse;
import io.micronaut.serde.annotation.Serdeable;

/** A lead in a ranked list, with the latest stored score that placed it there. */
@Serdeable
public record RankedLeadResponse(LeadResponse lead, ScoreResponse score) {
}
