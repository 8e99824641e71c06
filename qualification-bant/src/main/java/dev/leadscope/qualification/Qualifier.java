package dev.leadscope.qualification;

import dev.leadscope.domain.account.BuyingStage;
import dev.leadscope.domain.bant.BantCriterion;
import dev.leadscope.domain.bant.CriterionAssessment;
import dev.leadscope.domain.bant.NextAction;
import dev.leadscope.domain.bant.Qualification;
import dev.leadscope.domain.bant.Readiness;
import dev.leadscope.domain.lead.RepId;
import dev.leadscope.domain.port.in.QualifyLeadUseCase.RepLoad;
import dev.leadscope.domain.scoring.ConversionProbability;
import dev.leadscope.domain.scoring.Tier;
import dev.leadscope.qualification.bant.BantAssessor;
import dev.leadscope.qualification.bant.LeadContext;
import dev.leadscope.qualification.routing.RepAssigner;
import dev.leadscope.qualification.routing.RoutingRules.Route;
import dev.leadscope.qualification.tier.TierPolicy;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The pure core of qualification: tier from the probability, BANT from the context, readiness, the routed next
 * action with its reason, and optionally a rep. A lead without a probability is Low until it is scored; a scored lead
 * that routing holds back may still go to sales when exploration draws it.
 * Thread-safe.
 */
public final class Qualifier {
    private static final Set<NextAction> WORKED_BY_SALES = EnumSet.of(NextAction.CALL_NOW_WITH_ALERT, NextAction.SEQUENCE_AND_DEMO_INVITE);
    private final QualificationSettings settings;
    private final BantAssessor assessor;
    private final RepAssigner assigner = new RepAssigner();

    public Qualifier(QualificationSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.assessor = new BantAssessor(settings.phrases(), settings.bant());
    }

    /**
     * Qualifies the lead in {@code ctx}.
     *
     * @param probability the lead's calibrated probability, or null when it has not been scored
     * @param stage       the buying stage of the lead's account, or null when unknown
     * @param roster      reps to assign to when the lead is to be worked by sales and has no owner; may be empty
     */
    public Qualification qualify(LeadContext ctx, ConversionProbability probability, BuyingStage stage, List<RepLoad> roster) {
        return qualify(ctx, probability, stage, roster, settings.tiers());
    }

    /** As {@link #qualify(LeadContext, ConversionProbability, BuyingStage, List)}, tiering by {@code tiers}. */
    public Qualification qualify(LeadContext ctx, ConversionProbability probability, BuyingStage stage, List<RepLoad> roster,
                                 TierPolicy tiers) {
        Tier tier = probability == null ? Tier.LOW : tiers.tier(probability.value());
        Map<BantCriterion, CriterionAssessment> bant = assessor.assess(ctx);
        Readiness readiness = settings.readiness().readiness(tier, bant);
        Route route = settings.routing().route(tier, probability == null ? null : probability.value(), readiness, stage, bant);
        boolean exploration = probability != null && !WORKED_BY_SALES.contains(route.action())
                && settings.exploration().explores(ctx.lead().workspace(), ctx.lead().id(), tier);
        if (exploration) {
            route = new Route(NextAction.SEQUENCE_AND_DEMO_INVITE, "exploration: sent to sales although routing by score says "
                    + route.action().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " (" + route.reason() + ")");
        }
        RepId assigned = null;
        if (WORKED_BY_SALES.contains(route.action())) {
            assigned = ctx.lead().owner() != null ? ctx.lead().owner() : assigner.pick(roster).orElse(null);
        }
        return new Qualification(ctx.lead().workspace(), ctx.lead().id(), probability, tier, bant, readiness, route.action(),
                route.reason(), stage, assigned, ctx.asOf(), exploration);
    }
}
