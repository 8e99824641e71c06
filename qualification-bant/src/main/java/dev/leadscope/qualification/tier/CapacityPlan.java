package dev.leadscope.qualification.tier;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How capacity tiers are built: either fixed shares (the best {@code topShare} Top, the next {@code highShare}
 * High, the next {@code mediumShare} Medium) or what the reps can call ({@code perRepPerDay} leads for each of
 * {@code reps} out of {@code leadsPerDay} new leads, see {@link CapacityTiers#perRepPerDay}); ranked against the
 * latest scores of the leads scored in the last {@code referenceDays} (at most {@code referenceSize}), rebuilt at
 * most every {@code refresh}.
 */
public record CapacityPlan(double topShare, double highShare, double mediumShare, int perRepPerDay, int reps, double leadsPerDay,
                           int referenceDays, int referenceSize, Duration refresh) {

    public CapacityPlan {
        if (perRepPerDay < 0 || reps < 0 || !(leadsPerDay >= 0) || !Double.isFinite(leadsPerDay)) {
            throw new IllegalArgumentException("per-rep-per-day, reps and leads-per-day must be >= 0");
        }
        if (perRepPerDay > 0 && (reps < 1 || !(leadsPerDay > 0))) {
            throw new IllegalArgumentException("per-rep-per-day needs reps >= 1 and leads-per-day > 0: reps " + reps
                    + ", leads-per-day " + leadsPerDay);
        }
        if (referenceDays < 1) {
            throw new IllegalArgumentException("reference-days must be >= 1: " + referenceDays);
        }
        if (referenceSize < 1) {
            throw new IllegalArgumentException("reference-size must be >= 1: " + referenceSize);
        }
        Objects.requireNonNull(refresh, "refresh");
        if (refresh.isNegative()) {
            throw new IllegalArgumentException("refresh must not be negative: " + refresh);
        }
        // Checks the shares the way the tiers will.
        new CapacityTiers(topShare, highShare, mediumShare, new double[] {0});
    }

    /** Top 5 %, High the next 10 %, Medium the next 20 %, over the last 30 days' scores (at most 50,000), rebuilt every 10 minutes. */
    public static CapacityPlan defaults() {
        return new CapacityPlan(0.05, 0.10, 0.20, 0, 0, 0, 30, 50_000, Duration.ofMinutes(10));
    }

    /** The tiers over {@code reference}, a non-empty set of recent probabilities. */
    public CapacityTiers tiers(double[] reference) {
        return perRepPerDay > 0 ? CapacityTiers.perRepPerDay(perRepPerDay, reps, leadsPerDay, reference)
                : new CapacityTiers(topShare, highShare, mediumShare, reference);
    }

    public String describe() {
        return perRepPerDay > 0
                ? String.format(Locale.ROOT, "capacity: %d per rep per day for %d reps out of %.1f leads a day", perRepPerDay, reps, leadsPerDay)
                : String.format(Locale.ROOT, "capacity: top %.1f %%, high %.1f %%, medium %.1f %%", topShare * 100, highShare * 100, mediumShare * 100);
    }
}
