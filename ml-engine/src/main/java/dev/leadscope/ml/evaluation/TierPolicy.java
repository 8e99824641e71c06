package dev.leadscope.ml.evaluation;

import dev.leadscope.domain.scoring.Tier;

/** Cuts a probability into tiers: below {@code medium} Low, below {@code high} Medium, below {@code top} High, else Top. */
public record TierPolicy(double medium, double high, double top) {
    /** Below 1 % Low, 1-5 % Medium, 5-10 % High, above 10 % Top. */
    public static final TierPolicy DEFAULTS = new TierPolicy(0.01, 0.05, 0.10);

    public TierPolicy {
        if (!(medium > 0 && medium < high && high < top && top < 1)) {
            throw new IllegalArgumentException("tier thresholds must rise strictly inside (0,1): " + medium + ", " + high + ", " + top);
        }
    }

    public Tier tierOf(double probability) {
        if (probability < medium) {
            return Tier.LOW;
        }
        if (probability < high) {
            return Tier.MEDIUM;
        }
        return probability < top ? Tier.HIGH : Tier.TOP;
    }
}
