package dev.leadscope.domain.monitor;

import dev.leadscope.domain.common.Instants;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.scoring.ModelVersion;
import java.time.Instant;
import java.util.Objects;

/** A challenger's probability for a lead at a moment: kept apart from the lead's own scores and never shown as one. */
public record ShadowScore(WorkspaceId workspace, ModelVersion model, LeadId lead, double probability, Instant scoredAt) {
    public ShadowScore {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(lead, "lead");
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability must be in [0,1]: " + probability);
        }
        scoredAt = Instants.micros(Objects.requireNonNull(scoredAt, "scoredAt"));
    }
}
