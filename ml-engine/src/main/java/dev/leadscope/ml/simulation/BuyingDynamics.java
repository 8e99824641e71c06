package dev.leadscope.ml.simulation;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * The weekly buying chain of an account and the exact probability that it buys within a horizon.
 *
 * <p>The hidden state at the start of a week is (stage, momentum 0..3, economic buyer engaged yes/no). Each
 * week the stage moves first (its odds depend on the momentum, fit, rep skill, renewal and fiscal calendar);
 * then, unless the stage ended, a "pricing journey" (one lead reads a case study and views pricing within
 * the week) may happen and set the momentum, and the economic buyer may engage. The simulator and the
 * ground truth both call these methods, so the truth is exact by construction.
 */
final class BuyingDynamics {
    static final int STAGES = 6;
    static final int MOMENTUM_LEVELS = 4;
    /** 13 weeks: a purchase happens on a weekday, so weeks w..w+12 are exactly the 90 days after week w starts. */
    static final int HORIZON_WEEKS = 13;

    /** The kinds of pricing journey a week can hold. */
    static final int NO_JOURNEY = 0;
    static final int CASE_STUDY_FIRST = 1;
    static final int PRICING_FIRST = 2;

    private static final int NIM = 0;
    private static final int RES = 1;
    private static final int EVAL = 2;
    private static final int DEC = 3;
    private static final int BOUGHT = 4;
    private static final int LOST = 5;
    private static final double[] JOURNEY = {0.0, 0.05, 0.15, 0.18};
    private static final double[] ECONOMIC_BUYER_JOINS = {0.003, 0.02, 0.08, 0.25};

    private final boolean orderEffects;
    private final double skillEffect;
    private final int driftWeek;
    private final int[] monthOfWeek;

    /**
     * @param origin    the Monday of week 0
     * @param driftWeek the first week that uses the drifted fit, or {@link Integer#MAX_VALUE} for none
     * @param weeks     how many weeks the run has (the horizon may look past them)
     */
    BuyingDynamics(boolean orderEffects, LocalDate origin, int driftWeek, int weeks) {
        this(orderEffects, origin, driftWeek, weeks, 1.0);
    }

    /** @param skillEffect the power the rep-skill multipliers are raised to (1: as documented) */
    BuyingDynamics(boolean orderEffects, LocalDate origin, int driftWeek, int weeks, double skillEffect) {
        this.orderEffects = orderEffects;
        this.skillEffect = skillEffect;
        this.driftWeek = driftWeek;
        this.monthOfWeek = new int[weeks + HORIZON_WEEKS + 1];
        for (int w = 0; w < monthOfWeek.length; w++) {
            monthOfWeek[w] = origin.plusWeeks(w).plusDays(3).getMonthValue();
        }
    }

    boolean afterDrift(int week) {
        return week >= driftWeek;
    }

    /** Whether {@code week} is the first week of the drift. */
    boolean driftStarts(int week) {
        return week == driftWeek;
    }

    /** Fills {@code out[0..5]} with the probabilities of next week's stage. */
    void transition(AccountTraits t, int stage, int momentum, boolean economicBuyer, int week, double[] out) {
        java.util.Arrays.fill(out, 0.0);
        double fit = afterDrift(week) ? t.fitAfter() : t.fitBefore();
        int month = monthOfWeek[week];
        int sinceYearEnd = Math.floorMod(month - t.fiscalYearEndMonth(), 12);
        switch (stage) {
            case NIM -> {
                double p = 0.010 * fit;
                int toRenewal = t.renewalWeek() == Integer.MIN_VALUE ? -1 : t.renewalWeek() - week;
                if (toRenewal >= 0 && toRenewal <= 16) {
                    p *= 3.0;
                }
                if (sinceYearEnd == 1 || sinceYearEnd == 2) {
                    p *= 1.5;
                }
                out[RES] = Math.min(0.5, p);
            }
            case RES -> {
                out[EVAL] = Math.min(0.4, 0.09 * Math.sqrt(fit) * (1 + 0.3 * momentum));
                out[NIM] = 0.05;
            }
            case EVAL -> {
                out[DEC] = Math.min(0.5, 0.06 * Math.sqrt(fit) * (1 + 0.7 * momentum));
                out[RES] = 0.02;
                out[LOST] = 0.012 * skill(1.5 - t.repSkill());
            }
            case DEC -> {
                boolean quarterEnd = sinceYearEnd % 3 == 0;
                double win = 0.05 * Math.sqrt(fit) * skill(0.6 + 0.8 * t.repSkill()) * (1 + 1.5 * momentum)
                        * (economicBuyer ? 1.0 : 0.4) * (quarterEnd ? 1.4 : 1.0);
                out[BOUGHT] = Math.min(0.8, win);
                out[LOST] = 0.035 * skill(1.5 - t.repSkill());
                out[EVAL] = 0.03;
            }
            default -> {
                out[stage] = 1.0;
                return;
            }
        }
        double moved = 0;
        for (double p : out) {
            moved += p;
        }
        out[stage] = 1.0 - moved;
    }

    /** A rep-skill multiplier at the configured strength; exactly the multiplier itself at strength 1. */
    private double skill(double multiplier) {
        return skillEffect == 1.0 ? multiplier : Math.pow(multiplier, skillEffect);
    }

    /** Probability that a pricing journey happens in a week spent in {@code stage}. */
    double journeyProbability(int stage) {
        return stage < JOURNEY.length ? JOURNEY[stage] : 0.0;
    }

    /**
     * Momentum after a week. With order effects a case-study-then-pricing journey sets it to 3 and a
     * pricing-first journey (price shopping) drops it to 0; without them either journey sets it to at least
     * 2, whichever page came first. It decays by one each week otherwise.
     */
    int nextMomentum(int momentum, int journey) {
        int decayed = Math.max(0, momentum - 1);
        if (journey == NO_JOURNEY) {
            return decayed;
        }
        if (!orderEffects) {
            return Math.max(decayed, 2);
        }
        return journey == CASE_STUDY_FIRST ? 3 : 0;
    }

    /** Probability that the committee's economic buyer engages (becomes a lead) in a week spent in {@code stage}. */
    double economicBuyerJoins(int stage) {
        return stage < ECONOMIC_BUYER_JOINS.length ? ECONOMIC_BUYER_JOINS[stage] : 0.0;
    }

    /** Draws next week's stage. */
    int nextStage(AccountTraits t, int stage, int momentum, boolean economicBuyer, int week, SplittableRandom rng,
                  double[] scratch) {
        transition(t, stage, momentum, economicBuyer, week, scratch);
        return Rand.weighted(rng, scratch);
    }

    /** Draws the journey of a week spent in {@code stage}: none, case study first or pricing first. */
    int journey(int stage, SplittableRandom rng) {
        double u = rng.nextDouble();
        double p = journeyProbability(stage);
        if (u >= p) {
            return NO_JOURNEY;
        }
        return u < p / 2 ? CASE_STUDY_FIRST : PRICING_FIRST;
    }

    /**
     * The exact probability that the account buys during weeks {@code week .. week + horizon - 1}, given its
     * state at the start of {@code week}.
     */
    double probabilityToBuy(AccountTraits t, int stage, int momentum, boolean economicBuyer, int week, int horizon) {
        double[] mass = new double[STAGES * MOMENTUM_LEVELS * 2];
        double[] next = new double[mass.length];
        double[] tr = new double[STAGES];
        mass[index(stage, momentum, economicBuyer)] = 1.0;
        double bought = stage == BOUGHT ? 1.0 : 0.0;
        if (stage >= BOUGHT) {
            return bought;
        }
        for (int k = 0; k < horizon; k++) {
            java.util.Arrays.fill(next, 0.0);
            for (int s = 0; s < BOUGHT; s++) {
                for (int m = 0; m < MOMENTUM_LEVELS; m++) {
                    for (int e = 0; e < 2; e++) {
                        double p = mass[index(s, m, e == 1)];
                        if (p == 0) {
                            continue;
                        }
                        transition(t, s, m, e == 1, week + k, tr);
                        bought += p * tr[BOUGHT];
                        for (int s2 = 0; s2 < BOUGHT; s2++) {
                            if (tr[s2] > 0) {
                                spread(t, p * tr[s2], s2, m, e == 1, next);
                            }
                        }
                    }
                }
            }
            double[] swap = mass;
            mass = next;
            next = swap;
        }
        return Math.min(1.0, bought);
    }

    /**
     * As {@link #probabilityToBuy(AccountTraits, int, int, boolean, int, int)} for a momentum known only as a
     * distribution: {@code momentumBelief[m]} is the probability that it is {@code m} (summing to 1).
     */
    double probabilityToBuy(AccountTraits t, int stage, double[] momentumBelief, boolean economicBuyer, int week, int horizon) {
        double p = 0;
        for (int m = 0; m < MOMENTUM_LEVELS; m++) {
            if (momentumBelief[m] > 0) {
                p += momentumBelief[m] * probabilityToBuy(t, stage, m, economicBuyer, week, horizon);
            }
        }
        return Math.min(1.0, p);
    }

    /**
     * The belief about the momentum after a week, for an observer who sees everything but the order of a pricing
     * journey's two pages: {@code belief} before the week is weighed by how likely each momentum made the stage move
     * from {@code stage} to {@code next}, then moved as {@link #nextMomentum} moves it, either order counting one
     * half when the week held a journey. Without order effects the order changes nothing, so the belief stays exact.
     *
     * @param journey whether the week held a pricing journey, {@link #NO_JOURNEY} or either order
     * @return the belief at the start of the next week (a new array, summing to 1)
     */
    double[] momentumBeliefAfter(AccountTraits t, double[] belief, int stage, int next, boolean economicBuyer, int week,
                                 int journey) {
        double[] posterior = new double[MOMENTUM_LEVELS];
        double[] tr = new double[STAGES];
        double total = 0;
        for (int m = 0; m < MOMENTUM_LEVELS; m++) {
            if (belief[m] > 0) {
                transition(t, stage, m, economicBuyer, week, tr);
                posterior[m] = belief[m] * tr[next];
                total += posterior[m];
            }
        }
        if (total == 0) {
            throw new IllegalArgumentException("the move from stage " + stage + " to " + next + " is impossible under the belief");
        }
        double[] after = new double[MOMENTUM_LEVELS];
        for (int m = 0; m < MOMENTUM_LEVELS; m++) {
            double q = posterior[m] / total;
            if (q == 0) {
                continue;
            }
            if (journey == NO_JOURNEY) {
                after[nextMomentum(m, NO_JOURNEY)] += q;
            } else {
                after[nextMomentum(m, CASE_STUDY_FIRST)] += q / 2;
                after[nextMomentum(m, PRICING_FIRST)] += q / 2;
            }
        }
        return after;
    }

    private void spread(AccountTraits t, double p, int stage, int momentum, boolean economicBuyer, double[] next) {
        double journey = journeyProbability(stage);
        double join = economicBuyer || !t.hasEconomicBuyer() ? 0.0 : economicBuyerJoins(stage);
        int[] momenta = {nextMomentum(momentum, NO_JOURNEY), nextMomentum(momentum, CASE_STUDY_FIRST),
                nextMomentum(momentum, PRICING_FIRST)};
        double[] weights = {1 - journey, journey / 2, journey / 2};
        for (int j = 0; j < 3; j++) {
            if (weights[j] == 0) {
                continue;
            }
            double pj = p * weights[j];
            next[index(stage, momenta[j], true)] += economicBuyer ? pj : pj * join;
            if (!economicBuyer) {
                next[index(stage, momenta[j], false)] += pj * (1 - join);
            }
        }
    }

    private static int index(int stage, int momentum, boolean economicBuyer) {
        return (stage * MOMENTUM_LEVELS + momentum) * 2 + (economicBuyer ? 1 : 0);
    }
}
