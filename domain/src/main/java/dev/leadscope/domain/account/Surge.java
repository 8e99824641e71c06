package dev.leadscope.domain.account;

/**
 * This week's engagement of an account against the weekly mean of the three weeks before; {@code ratio} is
 * (this week + 1) / (prior mean + 1), so a quiet account does not surge on one click.
 */
public record Surge(double thisWeek, double priorWeeklyMean, double ratio, boolean surging) {
    public Surge {
        if (!(thisWeek >= 0) || !Double.isFinite(thisWeek)) {
            throw new IllegalArgumentException("surge.thisWeek must be a finite number >= 0: " + thisWeek);
        }
        if (!(priorWeeklyMean >= 0) || !Double.isFinite(priorWeeklyMean)) {
            throw new IllegalArgumentException("surge.priorWeeklyMean must be a finite number >= 0: " + priorWeeklyMean);
        }
        if (!(ratio >= 0) || !Double.isFinite(ratio)) {
            throw new IllegalArgumentException("surge.ratio must be a finite number >= 0: " + ratio);
        }
    }
}
