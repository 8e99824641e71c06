package dev.leadscope.domain.port.in;

import dev.leadscope.domain.lead.LeadId;

/** The lead named does not exist in the workspace. */
public class LeadNotFoundException extends NotFoundException {
    public LeadNotFoundException(LeadId id) {
        super("lead", id.value());
    }
}
