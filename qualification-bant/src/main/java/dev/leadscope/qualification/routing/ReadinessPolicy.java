package dev.leadscope.qualification.routing;

import dev.leadscope.domain.bant.BantCriterion;
import dev.leadscope.domain.bant.BantStatus;
import dev.leadscope.domain.bant.CriterionAssessment;
import dev.leadscope.domain.bant.Readiness;
import dev.leadscope.domain.scoring.Tier;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Decides readiness: sales-ready in {@code readyTiers} with at least {@code minMet} BANT criteria met; not ready
 * with at least {@code notReadyNotMet} criteria not met, or in a tier outside {@code nurtureTiers}; nurture
 * otherwise (a high score with weak BANT goes here). Defaults: High or Top, 3 of 4 met; 2 not met; Medium and up.
 */
public record ReadinessPolicy(Set<Tier> readyTiers, int minMet, int notReadyNotMet, Set<Tier> nurtureTiers) {
    public static final ReadinessPolicy DEFAULTS = new ReadinessPolicy(EnumSet.of(Tier.HIGH, Tier.TOP), 3, 2,
            EnumSet.of(Tier.MEDIUM, Tier.HIGH, Tier.TOP));

    public ReadinessPolicy {
        if (readyTiers == null || readyTiers.isEmpty()) {
            throw new IllegalArgumentException("readyTiers must name at least one tier");
        }
        readyTiers = Set.copyOf(readyTiers);
        nurtureTiers = nurtureTiers == null ? Set.of() : Set.copyOf(nurtureTiers);
        if (minMet < 0 || minMet > 4) {
            throw new IllegalArgumentException("minMet must be between 0 and 4: " + minMet);
        }
        if (notReadyNotMet < 1 || notReadyNotMet > 4) {
            throw new IllegalArgumentException("notReadyNotMet must be between 1 and 4: " + notReadyNotMet);
        }
    }

    public Readiness readiness(Tier tier, Map<BantCriterion, CriterionAssessment> bant) {
        long met = count(bant, BantStatus.MET);
        long notMet = count(bant, BantStatus.NOT_MET);
        if (readyTiers.contains(tier) && met >= minMet) {
            return Readiness.SALES_READY;
        }
        if (notMet >= notReadyNotMet || !(nurtureTiers.contains(tier) || readyTiers.contains(tier))) {
            return Readiness.NOT_READY;
        }
        return Readiness.NURTURE;
    }

    static long count(Map<BantCriterion, CriterionAssessment> bant, BantStatus status) {
        return bant.values().stream().filter(a -> a.status() == status).count();
    }
}
