package dev.leadscope.domain.scoring;

import dev.leadscope.domain.common.Instants;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One entry in a lead's score history: the probability of converting within {@code horizonDays}, its fit
 * and engagement components, tier, top reasons either way, and the model that produced it. Scores are
 * appended, never overwritten.
 */
public record LeadScore(
        WorkspaceId workspace,
        LeadId leadId,
        ConversionProbability probability,
        Double fit,
        Double engagement,
        Tier tier,
        List<Reason> positiveReasons,
        List<Reason> negativeReasons,
        ModelVersion modelVersion,
        Instant scoredAt,
        int horizonDays) {

    public LeadScore {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(leadId, "leadId");
        Objects.requireNonNull(probability, "probability");
        checkUnit("fit", fit);
        checkUnit("engagement", engagement);
        Objects.requireNonNull(tier, "tier");
        positiveReasons = positiveReasons == null ? List.of() : List.copyOf(positiveReasons);
        negativeReasons = negativeReasons == null ? List.of() : List.copyOf(negativeReasons);
        Objects.requireNonNull(modelVersion, "modelVersion");
        scoredAt = Instants.micros(Objects.requireNonNull(scoredAt, "scoredAt"));
        if (horizonDays < 1 || horizonDays > 3650) {
            throw new IllegalArgumentException("horizonDays must be between 1 and 3650: " + horizonDays);
        }
    }

    private static void checkUnit(String field, Double value) {
        if (value != null && !(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(field + " must be in [0,1]: " + value);
        }
    }
}
