package dev.leadscope.domain.report;

import java.util.Objects;

/**
 * A conversion rate of a group of leads with its 95 % Wilson score interval (which stays inside [0, 1] and behaves
 * for small groups and rates near 0).
 */
public record GroupRate(String group, int leads, int conversions, double rate, double low, double high) {
    public GroupRate {
        Objects.requireNonNull(group, "group");
        if (leads < 0 || conversions < 0 || conversions > leads) {
            throw new IllegalArgumentException("conversions must be between 0 and leads: " + conversions + " of " + leads);
        }
    }

    /** The rate of {@code conversions} in {@code leads} (NaN rate and interval for an empty group). */
    public static GroupRate of(String group, int leads, int conversions) {
        if (leads == 0) {
            return new GroupRate(group, 0, 0, Double.NaN, Double.NaN, Double.NaN);
        }
        double z = GroupBenchmark.Z95;
        double p = (double) conversions / leads;
        double denominator = 1 + z * z / leads;
        double centre = (p + z * z / (2.0 * leads)) / denominator;
        double half = z * Math.sqrt(p * (1 - p) / leads + z * z / (4.0 * leads * leads)) / denominator;
        return new GroupRate(group, leads, conversions, p, Math.max(0, centre - half), Math.min(1, centre + half));
    }

    /**
     * The difference of rates {@code this - other} with its 95 % normal interval
     * ({@code +/- 1.96 sqrt(p1(1-p1)/n1 + p2(1-p2)/n2)}); NaN when either group is empty.
     */
    public Difference minus(GroupRate other) {
        double d = rate - other.rate;
        double se = Math.sqrt(rate * (1 - rate) / leads + other.rate * (1 - other.rate) / other.leads);
        return new Difference(group + " - " + other.group, d, d - GroupBenchmark.Z95 * se, d + GroupBenchmark.Z95 * se);
    }

    /** A difference of two rates with its interval. */
    public record Difference(String name, double value, double low, double high) {
    }
}
