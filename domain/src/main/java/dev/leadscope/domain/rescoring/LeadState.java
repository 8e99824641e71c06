package dev.leadscope.domain.rescoring;

import dev.leadscope.domain.bant.Readiness;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.scoring.Tier;
import java.util.Objects;

/** What was last told about a lead: its tier, readiness and probability after its latest rescoring. */
public record LeadState(LeadId lead, Tier tier, Readiness readiness, double probability) {
    public LeadState {
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(readiness, "readiness");
        if (!(probability >= 0.0 && probability <= 1.0)) {
            throw new IllegalArgumentException("probability must be in [0,1]: " + probability);
        }
    }
}
