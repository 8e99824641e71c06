package dev.leadscope.domain.lead;

import dev.leadscope.domain.common.Identifiers;

/** Identifies a lead (a person) within its workspace. */
public record LeadId(String value) {
    public LeadId {
        Identifiers.require("leadId", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
