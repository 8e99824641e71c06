package dev.leadscope.qualification.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.fixtures.Fixtures;
import dev.leadscope.domain.fixtures.InMemoryLeadScores;
import dev.leadscope.domain.fixtures.InMemoryLeads;
import dev.leadscope.domain.fixtures.InMemoryOutcomes;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.outcome.OutcomeKind;
import dev.leadscope.domain.report.ExplorationReport;
import dev.leadscope.domain.report.ReportWindow;
import dev.leadscope.domain.scoring.Tier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Leads fall into routed-by-score, exploration and held-back by their first score's tier and the draw. */
class ExplorationReportServiceTest {
    private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-12-31T00:00:00Z"), ZoneOffset.UTC);
    private static final ExplorationPolicy POLICY = new ExplorationPolicy(0.2, Set.of(Tier.LOW), "seed");
    private final WorkspaceId ws = Fixtures.freshWorkspace();
    private final InMemoryLeads leads = new InMemoryLeads();
    private final InMemoryOutcomes outcomes = new InMemoryOutcomes();
    private final InMemoryLeadScores scores = new InMemoryLeadScores();

    @Test
    void givenHighAndLowFirstScores_whenReported_thenEachLeadCountsInItsGroupWithWinsWithinTheHorizon() {
        int explored = 0;
        int explorationWins = 0;
        int heldBack = 0;
        for (int i = 0; i < 200; i++) {
            Instant created = START.plus(Duration.ofDays(1 + i % 100));
            Lead lead = Fixtures.aLead(ws, "l-" + i).createdAt(created).build();
            leads.save(lead);
            boolean high = i % 4 == 0;
            scores.append(Fixtures.score(ws, lead.id(), high ? 0.2 : 0.002, created));
            scores.append(Fixtures.score(ws, lead.id(), 0.5, created.plus(Duration.ofDays(3))));
            boolean won = i % 3 == 0;
            if (won) {
                outcomes.save(Fixtures.outcome(ws, "o-" + i, lead.id(), OutcomeKind.WON, created.plus(Duration.ofDays(30))));
            }
            if (!high && POLICY.explores(ws, lead.id(), Tier.LOW)) {
                explored++;
                explorationWins += won ? 1 : 0;
            } else if (!high) {
                heldBack++;
            }
        }

        ExplorationReport r = new ExplorationReportService(leads, outcomes, scores, POLICY, CLOCK)
                .report(ws, new ReportWindow(START, CLOCK.instant()));

        assertThat(r.routedByScore().leads()).isEqualTo(50);
        assertThat(r.routedByScore().conversions()).isEqualTo(17);
        assertThat(r.exploration().leads()).isEqualTo(explored).isPositive();
        assertThat(r.exploration().conversions()).isEqualTo(explorationWins);
        assertThat(r.heldBack().leads()).isEqualTo(heldBack);
        assertThat(r.share()).isEqualTo(0.2);
        assertThat(r.scoreOverExploration().value()).isCloseTo(r.routedByScore().rate() - r.exploration().rate(), within(1e-12));
        assertThat(r.exploration().low()).isLessThanOrEqualTo(r.exploration().rate());
    }

    @Test
    void givenLeadsWonOrLostBeforeTheirFirstScore_whenReported_thenLeftOutAsNeverRouted() {
        // history imported before any model: the first score came after the outcome
        for (int i = 0; i < 10; i++) {
            Lead lead = Fixtures.aLead(ws, "old-" + i).createdAt(START.plus(Duration.ofDays(1))).build();
            leads.save(lead);
            outcomes.save(Fixtures.outcome(ws, "old-o-" + i, lead.id(), i % 2 == 0 ? OutcomeKind.WON : OutcomeKind.LOST,
                    START.plus(Duration.ofDays(20))));
            scores.append(Fixtures.score(ws, lead.id(), i < 5 ? 0.2 : 0.002, START.plus(Duration.ofDays(40))));
        }
        Lead live = Fixtures.aLead(ws, "live").createdAt(START.plus(Duration.ofDays(30))).build();
        leads.save(live);
        scores.append(Fixtures.score(ws, live.id(), 0.2, START.plus(Duration.ofDays(30))));
        outcomes.save(Fixtures.outcome(ws, "live-o", live.id(), OutcomeKind.WON, START.plus(Duration.ofDays(60))));

        ExplorationReport r = new ExplorationReportService(leads, outcomes, scores, POLICY, CLOCK)
                .report(ws, new ReportWindow(START, CLOCK.instant()));

        assertThat(r.routedByScore().leads()).isEqualTo(1);
        assertThat(r.routedByScore().conversions()).isEqualTo(1);
        assertThat(r.exploration().leads() + r.heldBack().leads()).isZero();
        assertThat(r.horizonOpen()).isZero();
    }

    @Test
    void givenALeadScoredRecentlyWithoutAWin_whenReported_thenLeftOutAsOpen() {
        Lead lead = Fixtures.aLead(ws, "recent").createdAt(CLOCK.instant().minus(Duration.ofDays(5))).build();
        leads.save(lead);
        scores.append(Fixtures.score(ws, lead.id(), 0.2, lead.createdAt()));
        leads.save(Fixtures.aLead(ws, "never-scored").createdAt(START.plus(Duration.ofDays(2))).build());

        ExplorationReport r = new ExplorationReportService(leads, outcomes, scores, POLICY, CLOCK)
                .report(ws, new ReportWindow(START, CLOCK.instant()));

        assertThat(r.horizonOpen()).isEqualTo(1);
        assertThat(r.unscored()).isEqualTo(1);
        assertThat(r.routedByScore().leads()).isZero();
        assertThat(r.routedByScore().rate()).isNaN();
    }
}
