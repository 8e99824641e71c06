package dev.leadscope.qualification.routing;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.outcome.Outcome;
import dev.leadscope.domain.port.in.ExplorationReportUseCase;
import dev.leadscope.domain.port.out.LeadScores;
import dev.leadscope.domain.port.out.Leads;
import dev.leadscope.domain.port.out.Outcomes;
import dev.leadscope.domain.report.ExplorationReport;
import dev.leadscope.domain.report.GroupRate;
import dev.leadscope.domain.report.ReportWindow;
import dev.leadscope.domain.scoring.LeadScore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The exploration report from the stores: each lead by its first stored score (scored in the window), converted when
 * won within that score's horizon; leads whose horizon has not passed without a win are left out, and so are leads
 * whose journey had ended (won or lost) before that first score, since no score routed them. Thread-safe.
 */
public final class ExplorationReportService implements ExplorationReportUseCase {
    private static final int CHUNK = 1000;
    private static final int SCORE_HISTORY = 10_000;

    private final Leads leads;
    private final Outcomes outcomes;
    private final LeadScores scores;
    private final ExplorationPolicy exploration;
    private final Clock clock;

    public ExplorationReportService(Leads leads, Outcomes outcomes, LeadScores scores, ExplorationPolicy exploration, Clock clock) {
        this.leads = leads;
        this.outcomes = outcomes;
        this.scores = scores;
        this.exploration = exploration;
        this.clock = clock;
    }

    @Override
    public ExplorationReport report(WorkspaceId ws, ReportWindow window) {
        Instant now = clock.instant();
        int[][] counts = new int[3][2];
        int unscored = 0;
        int open = 0;
        List<Lead> all = leads.all(ws);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<Lead> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            Map<LeadId, List<Outcome>> ends = outcomes.forLeads(ws, chunk.stream().map(Lead::id).toList());
            for (Lead lead : chunk) {
                List<LeadScore> history = scores.history(ws, lead.id(), SCORE_HISTORY);
                if (history.isEmpty()) {
                    unscored++;
                    continue;
                }
                LeadScore first = history.get(history.size() - 1);
                if (!window.contains(first.scoredAt())) {
                    continue;
                }
                List<Outcome> leadEnds = ends.getOrDefault(lead.id(), List.of());
                if (leadEnds.stream().anyMatch(o -> o.endedBefore(first.scoredAt()))) {
                    // won or lost before it was first scored (history imported before any model): never routed
                    continue;
                }
                Instant horizonEnd = first.scoredAt().plus(Duration.ofDays(first.horizonDays()));
                boolean converted = leadEnds.stream()
                        .anyMatch(o -> o.wonBy(horizonEnd));
                if (!converted && horizonEnd.isAfter(now)) {
                    open++;
                    continue;
                }
                int group = !exploration.tiers().contains(first.tier()) ? 0
                        : exploration.explores(ws, lead.id(), first.tier()) ? 1 : 2;
                counts[group][0]++;
                counts[group][1] += converted ? 1 : 0;
            }
        }
        return ExplorationReport.of(window, exploration.share(), GroupRate.of("routed by score", counts[0][0], counts[0][1]),
                GroupRate.of("exploration", counts[1][0], counts[1][1]), GroupRate.of("held back", counts[2][0], counts[2][1]),
                unscored, open);
    }
}
