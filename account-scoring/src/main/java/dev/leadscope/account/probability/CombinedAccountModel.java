package dev.leadscope.account.probability;

import dev.leadscope.domain.account.AccountScore;
import dev.leadscope.domain.account.BuyingStage;
import dev.leadscope.domain.lead.CommitteeRole;

/**
 * The account probability when there are too few account outcomes to learn from: the best member's probability,
 * moved in log-odds by committee coverage (each known role beyond the first adds {@code perRole}), an engaged
 * economic buyer ({@code economicBuyer}), each cross-role pattern ({@code perPattern}) and a decision stage
 * ({@code decision}); then, when some outcomes exist, Platt-scaled ({@code plattA} x + {@code plattB}).
 * Without scored members it starts from {@code prior}.
 */
public record CombinedAccountModel(double prior, double perRole, double economicBuyer, double perPattern, double decision,
                                   double plattA, double plattB) implements AccountProbabilityModel {

    public CombinedAccountModel {
        if (!(prior > 0 && prior < 1)) {
            throw new IllegalArgumentException("prior must be in (0,1): " + prior);
        }
        for (double v : new double[]{perRole, economicBuyer, perPattern, decision, plattA, plattB}) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("combination weights must be finite: " + v);
            }
        }
        if (!(plattA > 0)) {
            throw new IllegalArgumentException("plattA must be > 0 so that order is kept: " + plattA);
        }
    }

    /** Prior 2 %, +0.15 per extra role, +0.4 for an engaged economic buyer, +0.2 per pattern, +0.3 when deciding; no scaling. */
    public static CombinedAccountModel defaults() {
        return new CombinedAccountModel(0.02, 0.15, 0.4, 0.2, 0.3, 1, 0);
    }

    /** The raw combination in log-odds, before scaling. */
    public double logit(AccountSnapshot s) {
        double best = s.memberProbabilities().isEmpty() ? prior : s.bestMember();
        double z = LogisticModel.logit(best);
        z += perRole * Math.max(0, s.committee().rolesCovered() - 1);
        z += s.committee().recentlyActive(CommitteeRole.ECONOMIC_BUYER) > 0 ? economicBuyer : 0;
        z += perPattern * s.committee().patterns().size();
        z += s.stage() == BuyingStage.DECISION ? decision : 0;
        return z;
    }

    @Override
    public double probability(AccountSnapshot s) {
        return LogisticModel.sigmoid(plattA * logit(s) + plattB);
    }

    /** This combination scaled by {@code a} x + {@code b}. */
    public CombinedAccountModel scaled(double a, double b) {
        return new CombinedAccountModel(prior, perRole, economicBuyer, perPattern, decision, a, b);
    }

    @Override
    public AccountScore.Method method() {
        return AccountScore.Method.COMBINED;
    }
}
