package dev.leadscope.rest.rep;

import dev.leadscope.domain.port.in.AssignLeadUseCase.Assignment;
import dev.leadscope.rest.qualification.QualificationResponse;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The outcome of routing a lead to a rep: its owner afterwards, whether this request assigned it, why, the reps
 * considered with their open leads before the assignment, and the qualification that decided whether sales works it.
 */
@Serdeable
public record AssignmentResponse(String leadId, String owner, boolean assigned, String reason, List<RepLoadDto> roster,
                                 QualificationResponse qualification) {

    /** A rep considered, with the leads open on their desk and their relative capacity. */
    @Serdeable
    public record RepLoadDto(String rep, int openLeads, double capacity) {
    }

    static AssignmentResponse from(Assignment a) {
        return new AssignmentResponse(a.qualification().lead().value(), a.owner() == null ? null : a.owner().value(), a.newlyAssigned(),
                a.reason(), a.roster().stream().map(r -> new RepLoadDto(r.rep().value(), r.openLeads(), r.capacity())).toList(),
                QualificationResponse.from(a.qualification()));
    }
}
