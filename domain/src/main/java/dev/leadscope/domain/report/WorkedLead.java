package dev.leadscope.domain.report;

import dev.leadscope.domain.lead.LeadId;
import java.util.Objects;

/**
 * A lead as a benchmark counts it: its group, the probability it had when it was worked, and whether it converted
 * within that probability's horizon.
 */
public record WorkedLead(LeadId lead, String group, double probability, boolean converted) {
    public WorkedLead {
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(group, "group");
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability must be in [0,1]: " + probability);
        }
    }
}
