package dev.leadscope.account.probability;

import dev.leadscope.account.committee.Committee;
import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.account.BuyingStage;
import dev.leadscope.domain.account.Surge;
import dev.leadscope.domain.lead.CommitteeRole;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What is known about an account at a moment: its committee, stage, surge, recent activity, and the probabilities of those members
 * that have been scored. Features for the account model are computed from it, the same way in training and serving.
 */
public record AccountSnapshot(AccountId account, Instant asOf, Committee committee, BuyingStage stage, Surge surge,
                              RecentActivity activity, List<Double> memberProbabilities) {

    /** The names of {@link #features()}, in order. */
    public static final List<String> FEATURES = List.of("logit_best_member", "logit_any_member", "log_members",
            "roles_covered", "has_economic_buyer", "log_engagement_economic_buyer", "log_engagement_technical_evaluator",
            "log_engagement_champion", "log_engagement_executive_sponsor", "roles_active_recently", "patterns",
            "log_surge", "stage_consideration", "stage_decision", "log_engagement_total", "log_events_28d",
            "log_sales_touches_21d", "log_pricing_views_21d", "log_buyer_pricing_views_21d", "log_product_events_28d");

    public AccountSnapshot {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(committee, "committee");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(surge, "surge");
        Objects.requireNonNull(activity, "activity");
        memberProbabilities = List.copyOf(memberProbabilities);
        for (double p : memberProbabilities) {
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("memberProbabilities must be in [0,1]: " + p);
            }
        }
    }

    /** The highest member probability, or NaN when no member is scored. */
    public double bestMember() {
        return memberProbabilities.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    /** The chance that at least one member converts if members were independent, or NaN when none is scored. */
    public double anyMember() {
        if (memberProbabilities.isEmpty()) {
            return Double.NaN;
        }
        double none = 1;
        for (double p : memberProbabilities) {
            none *= 1 - p;
        }
        return 1 - none;
    }

    /** The feature vector named by {@link #FEATURES}; {@code prior} stands in for member probabilities when none is scored. */
    public double[] features(double prior) {
        double best = memberProbabilities.isEmpty() ? prior : bestMember();
        double any = memberProbabilities.isEmpty() ? prior : anyMember();
        int active = 0;
        for (CommitteeRole r : CommitteeRole.values()) {
            active += r != CommitteeRole.UNKNOWN && committee.recentlyActive(r) > 0 ? 1 : 0;
        }
        return new double[]{
                LogisticModel.logit(best), LogisticModel.logit(any), Math.log1p(committee.size()), committee.rolesCovered(),
                committee.coverage().get(CommitteeRole.ECONOMIC_BUYER) > 0 ? 1 : 0,
                Math.log1p(committee.engagement(CommitteeRole.ECONOMIC_BUYER)),
                Math.log1p(committee.engagement(CommitteeRole.TECHNICAL_EVALUATOR)),
                Math.log1p(committee.engagement(CommitteeRole.CHAMPION)),
                Math.log1p(committee.engagement(CommitteeRole.EXECUTIVE_SPONSOR)),
                active, committee.patterns().size(), Math.log(surge.ratio()),
                stage == BuyingStage.CONSIDERATION ? 1 : 0, stage == BuyingStage.DECISION ? 1 : 0,
                Math.log1p(committee.engagement().values().stream().mapToDouble(Double::doubleValue).sum()),
                Math.log1p(activity.events()), Math.log1p(activity.salesTouches()), Math.log1p(activity.pricingViews()),
                Math.log1p(activity.buyerPricingViews()), Math.log1p(activity.productEvents())};
    }
}
