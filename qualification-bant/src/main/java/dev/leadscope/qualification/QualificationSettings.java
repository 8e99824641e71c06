package dev.leadscope.qualification;

import dev.leadscope.qualification.bant.BantRules;
import dev.leadscope.qualification.bant.PhraseLexicon;
import dev.leadscope.qualification.routing.AssignmentPolicy;
import dev.leadscope.qualification.routing.ExplorationPolicy;
import dev.leadscope.qualification.routing.ReadinessPolicy;
import dev.leadscope.qualification.routing.RoutingRules;
import dev.leadscope.qualification.tier.CapacityPlan;
import dev.leadscope.qualification.tier.ThresholdTiers;
import dev.leadscope.qualification.tier.TierPolicy;
import java.util.Objects;

/**
 * Everything qualification can be configured with; {@link #defaults()} gives the documented defaults. {@code tiers}
 * are the threshold tiers; when {@code capacity} is set, leads are tiered by capacity instead (against recent scores,
 * which the application supplies) and {@code tiers} apply only while a workspace has no recent scores.
 */
public record QualificationSettings(TierPolicy tiers, PhraseLexicon phrases, BantRules bant, ReadinessPolicy readiness,
                                    RoutingRules routing, CapacityPlan capacity, AssignmentPolicy assignment,
                                    ExplorationPolicy exploration) {
    public QualificationSettings {
        Objects.requireNonNull(exploration, "exploration");
        Objects.requireNonNull(tiers, "tiers");
        Objects.requireNonNull(phrases, "phrases");
        Objects.requireNonNull(bant, "bant");
        Objects.requireNonNull(readiness, "readiness");
        Objects.requireNonNull(routing, "routing");
        Objects.requireNonNull(assignment, "assignment");
    }

    /** Settings without exploration. */
    public QualificationSettings(TierPolicy tiers, PhraseLexicon phrases, BantRules bant, ReadinessPolicy readiness,
                                 RoutingRules routing, CapacityPlan capacity, AssignmentPolicy assignment) {
        this(tiers, phrases, bant, readiness, routing, capacity, assignment, ExplorationPolicy.OFF);
    }

    /** Threshold tiers and the default assignment. */
    public QualificationSettings(TierPolicy tiers, PhraseLexicon phrases, BantRules bant, ReadinessPolicy readiness,
                                 RoutingRules routing) {
        this(tiers, phrases, bant, readiness, routing, null, AssignmentPolicy.DEFAULTS);
    }

    public static QualificationSettings defaults() {
        return new QualificationSettings(ThresholdTiers.DEFAULTS, PhraseLexicon.defaults(), BantRules.defaults(),
                ReadinessPolicy.DEFAULTS, RoutingRules.defaults());
    }

    public QualificationSettings withTiers(TierPolicy value) {
        return new QualificationSettings(value, phrases, bant, readiness, routing, capacity, assignment, exploration);
    }

    public QualificationSettings withExploration(ExplorationPolicy value) {
        return new QualificationSettings(tiers, phrases, bant, readiness, routing, capacity, assignment, value);
    }
}
