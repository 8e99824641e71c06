package dev.leadscope.qualification.tier;

import dev.leadscope.domain.scoring.Tier;
import java.util.Locale;

/**
 * Tiers by fixed probability thresholds: below {@code medium} Low, then Medium, from {@code high} High and from
 * {@code top} Top. The defaults are 1 %, 5 % and 10 %.
 */
public record ThresholdTiers(double medium, double high, double top) implements TierPolicy {
    public static final ThresholdTiers DEFAULTS = new ThresholdTiers(0.01, 0.05, 0.10);

    public ThresholdTiers {
        if (!(medium > 0 && medium < high && high < top && top < 1)) {
            throw new IllegalArgumentException("tier thresholds must satisfy 0 < medium < high < top < 1: "
                    + medium + ", " + high + ", " + top);
        }
    }

    @Override
    public Tier tier(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("probability must be in [0,1]: " + p);
        }
        return p >= top ? Tier.TOP : p >= high ? Tier.HIGH : p >= medium ? Tier.MEDIUM : Tier.LOW;
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "thresholds %.1f %% / %.1f %% / %.1f %%", medium * 100, high * 100, top * 100);
    }
}
