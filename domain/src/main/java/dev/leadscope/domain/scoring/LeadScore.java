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
 *
 * <p>A score made in bulk is stored with its reasons <em>not computed</em> ({@code reasonsComputed} false): its
 * reasons are not known, which is not the same as having none, so asking for them throws until they are given with
 * {@link #withReasons}, by the model that made the score at the score's moment. Whatever shows a score's reasons
 * completes it first ({@code dev.leadscope.domain.port.in.ScoreReasonsUseCase}).
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
        int horizonDays,
        boolean reasonsComputed) {

    public LeadScore {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(leadId, "leadId");
        Objects.requireNonNull(probability, "probability");
        checkUnit("fit", fit);
        checkUnit("engagement", engagement);
        Objects.requireNonNull(tier, "tier");
        positiveReasons = positiveReasons == null ? List.of() : List.copyOf(positiveReasons);
        negativeReasons = negativeReasons == null ? List.of() : List.copyOf(negativeReasons);
        if (!reasonsComputed && !(positiveReasons.isEmpty() && negativeReasons.isEmpty())) {
            throw new IllegalArgumentException("a score whose reasons are not computed cannot carry reasons");
        }
        Objects.requireNonNull(modelVersion, "modelVersion");
        scoredAt = Instants.micros(Objects.requireNonNull(scoredAt, "scoredAt"));
        if (horizonDays < 1 || horizonDays > 3650) {
            throw new IllegalArgumentException("horizonDays must be between 1 and 3650: " + horizonDays);
        }
    }

    /** A score with its reasons computed (an empty list then means the model found none strong enough). */
    public LeadScore(WorkspaceId workspace, LeadId leadId, ConversionProbability probability, Double fit, Double engagement,
                     Tier tier, List<Reason> positiveReasons, List<Reason> negativeReasons, ModelVersion modelVersion,
                     Instant scoredAt, int horizonDays) {
        this(workspace, leadId, probability, fit, engagement, tier, positiveReasons, negativeReasons, modelVersion, scoredAt,
                horizonDays, true);
    }

    /** A score stored before its reasons are computed: they are computed where they are shown. */
    public static LeadScore withoutReasons(WorkspaceId workspace, LeadId leadId, ConversionProbability probability, Double fit,
                                           Double engagement, Tier tier, ModelVersion modelVersion, Instant scoredAt,
                                           int horizonDays) {
        return new LeadScore(workspace, leadId, probability, fit, engagement, tier, List.of(), List.of(), modelVersion, scoredAt,
                horizonDays, false);
    }

    /**
     * The reasons that pushed the score up most, strongest first.
     *
     * @throws IllegalStateException when they are not computed ({@link #reasonsComputed()} is false)
     */
    @Override
    public List<Reason> positiveReasons() {
        requireReasons();
        return positiveReasons;
    }

    /**
     * The reasons that pulled the score down most, strongest first.
     *
     * @throws IllegalStateException when they are not computed ({@link #reasonsComputed()} is false)
     */
    @Override
    public List<Reason> negativeReasons() {
        requireReasons();
        return negativeReasons;
    }

    /** This score with its reasons computed: everything else stays as it is. */
    public LeadScore withReasons(List<Reason> positive, List<Reason> negative) {
        return new LeadScore(workspace, leadId, probability, fit, engagement, tier, positive, negative, modelVersion, scoredAt,
                horizonDays, true);
    }

    /** Whether {@code other} is this entry of the history: the same lead, made by the same model at the same moment. */
    public boolean sameEntryAs(LeadScore other) {
        return workspace.equals(other.workspace) && leadId.equals(other.leadId) && modelVersion.equals(other.modelVersion)
                && scoredAt.equals(other.scoredAt);
    }

    private void requireReasons() {
        if (!reasonsComputed) {
            throw new IllegalStateException("the reasons of lead " + leadId.value() + "'s score of " + scoredAt
                    + " are not computed yet: complete it through ScoreReasonsUseCase before showing them");
        }
    }

    private static void checkUnit(String field, Double value) {
        if (value != null && !(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(field + " must be in [0,1]: " + value);
        }
    }
}
