package dev.leadscope.qualification.routing;

import dev.leadscope.domain.account.BuyingStage;
import dev.leadscope.domain.bant.NextAction;
import dev.leadscope.domain.bant.Readiness;
import dev.leadscope.domain.common.Texts;
import dev.leadscope.domain.scoring.Tier;
import java.util.Objects;
import java.util.Set;

/**
 * One routing rule: when the tier, readiness and account stage are among those listed (an empty set matches
 * anything, including a lead without an account) and at least {@code minNotMet} BANT criteria are not met, the
 * lead goes to {@code action} because of {@code reason}. The reason may use {tier}, {p}, {met}, {notMet},
 * {missing} and {stage}.
 */
public record RoutingRule(Set<Tier> tiers, Set<Readiness> readiness, Set<BuyingStage> stages, int minNotMet,
                          NextAction action, String reason) {
    public RoutingRule {
        tiers = tiers == null ? Set.of() : Set.copyOf(tiers);
        readiness = readiness == null ? Set.of() : Set.copyOf(readiness);
        stages = stages == null ? Set.of() : Set.copyOf(stages);
        if (minNotMet < 0 || minNotMet > 4) {
            throw new IllegalArgumentException("minNotMet must be between 0 and 4: " + minNotMet);
        }
        Objects.requireNonNull(action, "action");
        reason = Texts.required("reason", reason, 300);
    }

    public boolean matches(Tier tier, Readiness r, BuyingStage stage, int notMet) {
        return (tiers.isEmpty() || tiers.contains(tier))
                && (readiness.isEmpty() || readiness.contains(r))
                && (stages.isEmpty() || (stage != null && stages.contains(stage)))
                && notMet >= minNotMet;
    }

    /** Whether this rule matches every lead. */
    public boolean catchAll() {
        return tiers.isEmpty() && readiness.isEmpty() && stages.isEmpty() && minNotMet == 0;
    }
}
