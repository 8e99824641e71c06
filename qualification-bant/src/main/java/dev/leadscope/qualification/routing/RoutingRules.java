package dev.leadscope.qualification.routing;

import dev.leadscope.domain.account.BuyingStage;
import dev.leadscope.domain.bant.BantCriterion;
import dev.leadscope.domain.bant.BantStatus;
import dev.leadscope.domain.bant.CriterionAssessment;
import dev.leadscope.domain.bant.NextAction;
import dev.leadscope.domain.bant.Readiness;
import dev.leadscope.domain.scoring.Tier;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** An ordered list of routing rules; the first that matches decides, and the last must match everything. */
public record RoutingRules(List<RoutingRule> rules) {

    /** Where a lead goes and why. */
    public record Route(NextAction action, String reason) {
    }

    public RoutingRules {
        rules = List.copyOf(rules);
        if (rules.isEmpty() || !rules.get(rules.size() - 1).catchAll()) {
            throw new IllegalArgumentException("routing rules must end with a rule that matches every lead");
        }
    }

    /**
     * Top and sales-ready: call now. High, sales-ready, account deciding or buying: call now. Other sales-ready:
     * sequence plus demo invite. High or Top but weak BANT while the account decides: sequence plus demo invite
     * to get onto the committee. Not ready with two criteria not met: disqualify. Everything else: nurture.
     */
    public static RoutingRules defaults() {
        Set<BuyingStage> late = EnumSet.of(BuyingStage.DECISION, BuyingStage.PURCHASE);
        return new RoutingRules(List.of(
                new RoutingRule(Set.of(Tier.TOP), Set.of(Readiness.SALES_READY), Set.of(), 0, NextAction.CALL_NOW_WITH_ALERT,
                        "{tier} tier ({p}) with {met} of 4 BANT met: call now"),
                new RoutingRule(Set.of(Tier.HIGH), Set.of(Readiness.SALES_READY), late, 0, NextAction.CALL_NOW_WITH_ALERT,
                        "{tier} tier ({p}), {met} of 4 BANT met and the account is in {stage}: call now"),
                new RoutingRule(Set.of(), Set.of(Readiness.SALES_READY), Set.of(), 0, NextAction.SEQUENCE_AND_DEMO_INVITE,
                        "{tier} tier ({p}) with {met} of 4 BANT met: sequence and invite to a demo"),
                new RoutingRule(Set.of(Tier.HIGH, Tier.TOP), Set.of(Readiness.NURTURE), late, 0, NextAction.SEQUENCE_AND_DEMO_INVITE,
                        "{tier} tier ({p}) and the account is in {stage}, but BANT is weak (missing {missing}): sequence and invite to a demo"),
                new RoutingRule(Set.of(), Set.of(Readiness.NOT_READY), Set.of(), 2, NextAction.DISQUALIFY,
                        "{notMet} BANT criteria not met ({missing}): disqualify"),
                new RoutingRule(Set.of(), Set.of(), Set.of(), 0, NextAction.NURTURE,
                        "{tier} tier ({p}) with {met} of 4 BANT met (missing {missing}): nurture")));
    }

    public Route route(Tier tier, Double probability, Readiness readiness, BuyingStage stage,
                       Map<BantCriterion, CriterionAssessment> bant) {
        int met = (int) ReadinessPolicy.count(bant, BantStatus.MET);
        int notMet = (int) ReadinessPolicy.count(bant, BantStatus.NOT_MET);
        for (RoutingRule rule : rules) {
            if (rule.matches(tier, readiness, stage, notMet)) {
                String missing = bant.values().stream().filter(a -> a.status() != BantStatus.MET)
                        .map(a -> lower(a.criterion()) + " " + lower(a.status())).collect(Collectors.joining(", "));
                String reason = rule.reason()
                        .replace("{tier}", capital(lower(tier)))
                        .replace("{p}", probability == null ? "not scored yet" : String.format(Locale.ROOT, "%.1f %%", probability * 100))
                        .replace("{met}", Integer.toString(met))
                        .replace("{notMet}", Integer.toString(notMet))
                        .replace("{missing}", missing.isEmpty() ? "none" : missing)
                        .replace("{stage}", stage == null ? "an unknown stage" : lower(stage));
                return new Route(rule.action(), reason);
            }
        }
        throw new IllegalStateException("the last routing rule matches every lead");
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
