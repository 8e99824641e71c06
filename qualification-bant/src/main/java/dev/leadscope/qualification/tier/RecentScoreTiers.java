package dev.leadscope.qualification.tier;

import dev.leadscope.domain.common.Page;
import dev.leadscope.domain.common.PageRequest;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.port.out.LeadScores;
import dev.leadscope.domain.scoring.LeadScore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Capacity tiers whose reference set is each workspace's recent scores: the latest score of every lead scored in the
 * last {@code referenceDays} ({@link LeadScores#ranked}), at most {@code referenceSize} of them. The set is built
 * once and reused until it is {@code refresh} old, so requests never read the score table themselves. A workspace
 * without recent scores is tiered by {@code fallback} until it has some. Thread-safe; two requests that find the
 * set stale at once may both rebuild it.
 */
public final class RecentScoreTiers implements TierSource {
    private record Built(TierPolicy policy, Instant at) {
    }

    private final LeadScores scores;
    private final CapacityPlan plan;
    private final TierPolicy fallback;
    private final Clock clock;
    private final Map<WorkspaceId, Built> built = new ConcurrentHashMap<>();

    public RecentScoreTiers(LeadScores scores, CapacityPlan plan, TierPolicy fallback, Clock clock) {
        this.scores = Objects.requireNonNull(scores, "scores");
        this.plan = Objects.requireNonNull(plan, "plan");
        this.fallback = Objects.requireNonNull(fallback, "fallback");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public TierPolicy tiers(WorkspaceId workspace) {
        Instant now = clock.instant();
        Built b = built.get(workspace);
        if (b == null || !now.isBefore(b.at().plus(plan.refresh()))) {
            b = new Built(build(workspace, now), now);
            built.put(workspace, b);
        }
        return b.policy();
    }

    /** Drops the workspace's reference set so that the next call rebuilds it. */
    public void refresh(WorkspaceId workspace) {
        built.remove(workspace);
    }

    private TierPolicy build(WorkspaceId workspace, Instant now) {
        Instant since = now.minus(Duration.ofDays(plan.referenceDays()));
        double[] reference = new double[Math.min(plan.referenceSize(), 1024)];
        int n = 0;
        int offset = 0;
        while (n < plan.referenceSize()) {
            Page<LeadScore> page = scores.ranked(workspace, new PageRequest(offset, PageRequest.MAX_LIMIT));
            for (LeadScore s : page.items()) {
                if (!s.scoredAt().isBefore(since) && n < plan.referenceSize()) {
                    if (n == reference.length) {
                        reference = java.util.Arrays.copyOf(reference, Math.min(plan.referenceSize(), reference.length * 2));
                    }
                    reference[n++] = s.probability().value();
                }
            }
            if (!page.hasMore() || page.items().isEmpty()) {
                break;
            }
            offset += page.items().size();
        }
        return n == 0 ? fallback : plan.tiers(java.util.Arrays.copyOf(reference, n));
    }
}
