package dev.leadscope.qualification.tier;

import dev.leadscope.domain.scoring.Tier;
import java.util.Arrays;
import java.util.Locale;

/**
 * Tiers by capacity: the best {@code topShare} of leads are Top, the next {@code highShare} High and the next
 * {@code mediumShare} Medium, ranked against a reference set of recent probabilities: a lead is Top when fewer than
 * {@code topShare} of the reference (rounded to whole leads) score strictly higher, and so on.
 */
public record CapacityTiers(double topShare, double highShare, double mediumShare, double[] reference) implements TierPolicy {

    public CapacityTiers {
        share("topShare", topShare);
        share("highShare", highShare);
        share("mediumShare", mediumShare);
        if (topShare + highShare + mediumShare > 1 + 1e-9) {
            throw new IllegalArgumentException("topShare + highShare + mediumShare must be at most 1: "
                    + (topShare + highShare + mediumShare));
        }
        if (reference == null || reference.length == 0) {
            throw new IllegalArgumentException("reference must hold at least one probability");
        }
        reference = reference.clone();
        for (double p : reference) {
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("reference probabilities must be in [0,1]: " + p);
            }
        }
        Arrays.sort(reference);
    }

    /**
     * Top is what {@code reps} can call in a day at {@code perRepPerDay} each out of {@code leadsPerDay} new leads;
     * High is the same share again and Medium twice that.
     */
    public static CapacityTiers perRepPerDay(int perRepPerDay, int reps, double leadsPerDay, double[] reference) {
        if (perRepPerDay < 1) {
            throw new IllegalArgumentException("perRepPerDay must be >= 1: " + perRepPerDay);
        }
        if (reps < 1) {
            throw new IllegalArgumentException("reps must be >= 1: " + reps);
        }
        if (!(leadsPerDay > 0) || !Double.isFinite(leadsPerDay)) {
            throw new IllegalArgumentException("leadsPerDay must be a finite number > 0: " + leadsPerDay);
        }
        double top = Math.min(1.0, perRepPerDay * (double) reps / leadsPerDay);
        double high = Math.min(top, 1 - top);
        double medium = Math.min(2 * top, 1 - top - high);
        return new CapacityTiers(top, high, medium, reference);
    }

    private static void share(String field, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(field + " must be in [0,1]: " + v);
        }
    }

    @Override
    public Tier tier(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("probability must be in [0,1]: " + p);
        }
        int n = reference.length;
        int higher = n - upperBound(p);
        if (higher < Math.round(topShare * n)) {
            return Tier.TOP;
        }
        if (higher < Math.round((topShare + highShare) * n)) {
            return Tier.HIGH;
        }
        return higher < Math.round((topShare + highShare + mediumShare) * n) ? Tier.MEDIUM : Tier.LOW;
    }

    /** How many reference values are at most {@code p}. */
    private int upperBound(double p) {
        int lo = 0;
        int hi = reference.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (reference[mid] <= p) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "capacity: top %.1f %%, high %.1f %%, medium %.1f %% of %d recent scores",
                topShare * 100, highShare * 100, mediumShare * 100, reference.length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CapacityTiers c && c.topShare == topShare && c.highShare == highShare
                && c.mediumShare == mediumShare && Arrays.equals(c.reference, reference);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(reference) * 31 + Double.hashCode(topShare + 3 * highShare + 7 * mediumShare);
    }

    @Override
    public String toString() {
        return describe();
    }

    @Override
    public double[] reference() {
        return reference.clone();
    }
}
