package dev.leadscope.account.committee;

import dev.leadscope.domain.lead.CommitteeRole;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How a buying committee is read: event weights, the half-life of engagement, how far back events count, what
 * "recently active" means, the cross-role patterns to look for, and the roles a committee should have.
 */
public record CommitteeSettings(EventWeights weights, double halfLifeDays, int lookbackDays, int recentDays,
                                List<CrossRolePattern> patterns, Set<CommitteeRole> requiredRoles) {
    public CommitteeSettings {
        Objects.requireNonNull(weights, "weights");
        if (!(halfLifeDays > 0) || !Double.isFinite(halfLifeDays)) {
            throw new IllegalArgumentException("halfLifeDays must be a finite number > 0: " + halfLifeDays);
        }
        if (lookbackDays < 1) {
            throw new IllegalArgumentException("lookbackDays must be >= 1: " + lookbackDays);
        }
        if (recentDays < 1 || recentDays > lookbackDays) {
            throw new IllegalArgumentException("recentDays must be between 1 and lookbackDays: " + recentDays);
        }
        patterns = List.copyOf(patterns);
        requiredRoles = Set.copyOf(requiredRoles);
        if (requiredRoles.contains(CommitteeRole.UNKNOWN)) {
            throw new IllegalArgumentException("requiredRoles cannot include UNKNOWN");
        }
    }

    /** Half-life 14 days, 90 days of events, active means within 28 days, the three default patterns, all four roles. */
    public static CommitteeSettings defaults() {
        return new CommitteeSettings(EventWeights.defaults(), 14, 90, 28,
                List.of(CrossRolePattern.TECHNICAL_THEN_FINANCE_PRICING, CrossRolePattern.CHAMPION_THEN_SPONSOR,
                        CrossRolePattern.CASE_STUDY_THEN_PRICING),
                EnumSet.of(CommitteeRole.ECONOMIC_BUYER, CommitteeRole.TECHNICAL_EVALUATOR, CommitteeRole.CHAMPION,
                        CommitteeRole.EXECUTIVE_SPONSOR));
    }
}
