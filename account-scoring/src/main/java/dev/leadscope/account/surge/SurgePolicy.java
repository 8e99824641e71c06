package dev.leadscope.account.surge;

import dev.leadscope.account.committee.CommitteeAnalyzer.RoleEvent;
import dev.leadscope.account.committee.EventWeights;
import dev.leadscope.domain.account.Surge;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Compares this week's weighted engagement (the 7 days before the moment) with the weekly mean of the three weeks
 * before; an account surges when the ratio (with one added to each side) reaches {@code minRatio} and this week
 * counts at least {@code minThisWeek}. Defaults: ratio 2, at least 5.
 */
public record SurgePolicy(EventWeights weights, double minRatio, double minThisWeek) {
    public SurgePolicy {
        Objects.requireNonNull(weights, "weights");
        if (!(minRatio >= 1) || !Double.isFinite(minRatio)) {
            throw new IllegalArgumentException("minRatio must be a finite number >= 1: " + minRatio);
        }
        if (!(minThisWeek >= 0) || !Double.isFinite(minThisWeek)) {
            throw new IllegalArgumentException("minThisWeek must be a finite number >= 0: " + minThisWeek);
        }
    }

    public static SurgePolicy defaults() {
        return new SurgePolicy(EventWeights.defaults(), 2.0, 5.0);
    }

    public Surge surge(List<RoleEvent> events, Instant asOf) {
        Instant weekStart = asOf.minus(Duration.ofDays(7));
        Instant priorStart = asOf.minus(Duration.ofDays(28));
        double thisWeek = 0;
        double prior = 0;
        for (RoleEvent re : events) {
            Instant at = re.event().occurredAt();
            if (!at.isBefore(asOf) || at.isBefore(priorStart)) {
                continue;
            }
            double w = weights.weight(re.event());
            if (at.isBefore(weekStart)) {
                prior += w;
            } else {
                thisWeek += w;
            }
        }
        double priorMean = prior / 3.0;
        double ratio = (thisWeek + 1) / (priorMean + 1);
        return new Surge(thisWeek, priorMean, ratio, ratio >= minRatio && thisWeek >= minThisWeek);
    }
}
