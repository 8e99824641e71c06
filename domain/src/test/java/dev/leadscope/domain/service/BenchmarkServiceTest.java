package dev.leadscope.domain.service;

import static dev.leadscope.domain.fixtures.Fixtures.aLead;
import static dev.leadscope.domain.fixtures.Fixtures.anEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.EventType;
import dev.leadscope.domain.fixtures.Fixtures;
import dev.leadscope.domain.fixtures.InMemoryActivityEvents;
import dev.leadscope.domain.fixtures.InMemoryLeadScores;
import dev.leadscope.domain.fixtures.InMemoryLeads;
import dev.leadscope.domain.fixtures.InMemoryOutcomes;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.outcome.OutcomeKind;
import dev.leadscope.domain.port.in.ScoreLeadUseCase;
import dev.leadscope.domain.port.out.ModelUnavailableException;
import dev.leadscope.domain.report.Basis;
import dev.leadscope.domain.report.BenchmarkReport;
import dev.leadscope.domain.report.GroupBenchmark;
import dev.leadscope.domain.report.Grouping;
import dev.leadscope.domain.report.ReportWindow;
import dev.leadscope.domain.scoring.LeadScore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Benchmarks take the score a lead had when first touched, or score it as of then, and count wins within the horizon. */
class BenchmarkServiceTest {
    private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-12-31T00:00:00Z"), ZoneOffset.UTC);
    private final WorkspaceId ws = Fixtures.freshWorkspace();
    private final InMemoryLeads leads = new InMemoryLeads();
    private final InMemoryActivityEvents events = new InMemoryActivityEvents();
    private final InMemoryOutcomes outcomes = new InMemoryOutcomes();
    private final InMemoryLeadScores scores = new InMemoryLeadScores();
    private final List<Instant> scoredAsOf = new ArrayList<>();
    private final List<Grouping> blindTo = new ArrayList<>();
    private final ScoreLeadUseCase asOfScorer = new ScoreLeadUseCase() {
        @Override
        public LeadScore score(WorkspaceId workspace, LeadId lead) {
            throw new ModelUnavailableException("not used here");
        }

        @Override
        public LeadScore scoreAsOf(WorkspaceId workspace, LeadId lead, Instant asOf) {
            scoredAsOf.add(asOf);
            return Fixtures.score(workspace, lead, 0.5, asOf);
        }

        @Override
        public List<LeadScore> history(WorkspaceId workspace, LeadId lead, int limit) {
            return List.of();
        }
    };
    private final BenchmarkService service = new BenchmarkService(leads, events, outcomes, scores, asOfScorer,
            (w, l, asOf, hidden) -> {
                blindTo.add(hidden);
                return Fixtures.score(w, l, 0.25, asOf);
            }, CLOCK);

    private Lead lead(String id, String owner, Instant created) {
        Lead l = aLead(ws, id).owner(owner).createdAt(created).build();
        leads.save(l);
        return l;
    }

    @Test
    void givenLeadsScoredBeforeTheirFirstCall_whenBenchmarked_thenExpectedUsesTheScoreBeforeTheCallAndWinsWithinTheHorizon() {
        Instant created = START.plus(Duration.ofDays(10));
        Instant call = created.plus(Duration.ofDays(5));
        Lead a = lead("a", "rep.anna", created);
        Lead b = lead("b", "rep.anna", created);
        for (Lead l : List.of(a, b)) {
            scores.append(Fixtures.score(ws, l.id(), 0.2, created));
            scores.append(Fixtures.score(ws, l.id(), 0.9, call.plusSeconds(60)));
            events.appendAbsent(List.of(anEvent(ws, "call-" + l.id().value(), l.id()).type(EventType.CALL).at(call).build()));
        }
        outcomes.save(Fixtures.outcome(ws, "won-a", a.id(), OutcomeKind.WON, call.plus(Duration.ofDays(30))));
        outcomes.save(Fixtures.outcome(ws, "won-b-late", b.id(), OutcomeKind.WON, call.plus(Duration.ofDays(120))));

        BenchmarkReport report = service.benchmark(ws, Grouping.REP, new ReportWindow(START, CLOCK.instant()), Basis.STORED);

        GroupBenchmark anna = report.groups().get(0);
        assertThat(anna.group()).isEqualTo("rep.anna");
        assertThat(anna.expected()).isCloseTo(0.4, within(1e-9));
        assertThat(anna.actual()).isEqualTo(1);
        assertThat(anna.ratio()).isCloseTo(2.5, within(1e-9));
        assertThat(scoredAsOf).isEmpty();
    }

    @Test
    void givenALeadWonBeforeItsFirstCall_whenBenchmarked_thenLeftOut() {
        Instant created = START.plus(Duration.ofDays(10));
        Lead bought = lead("self-serve", "rep.anna", created);
        Lead worked = lead("worked", "rep.anna", created);
        outcomes.save(Fixtures.outcome(ws, "won-first", bought.id(), OutcomeKind.WON, created.plus(Duration.ofDays(2))));
        events.appendAbsent(List.of(anEvent(ws, "onboarding-call", bought.id()).type(EventType.CALL)
                .at(created.plus(Duration.ofDays(5))).build()));
        events.appendAbsent(List.of(anEvent(ws, "call", worked.id()).type(EventType.CALL)
                .at(created.plus(Duration.ofDays(5))).build()));

        BenchmarkReport report = service.benchmark(ws, Grouping.REP, new ReportWindow(START, CLOCK.instant()), Basis.STORED);

        assertThat(report.counted()).isEqualTo(1);
        assertThat(report.groups()).singleElement().satisfies(g -> {
            assertThat(g.leads()).isEqualTo(1);
            assertThat(g.actual()).isZero();
        });
    }

    @Test
    void givenAnUntouchedLeadWithoutStoredScores_whenBenchmarked_thenScoredAsOfJustAfterItsCreation() {
        Instant created = START.plus(Duration.ofDays(3));
        lead("c", "rep.ben", created);

        BenchmarkReport report = service.benchmark(ws, Grouping.REP, new ReportWindow(START, CLOCK.instant()), Basis.STORED);

        assertThat(scoredAsOf).containsExactly(created.plusSeconds(1));
        assertThat(report.groups()).singleElement().satisfies(g -> {
            assertThat(g.expected()).isCloseTo(0.5, within(1e-9));
            assertThat(g.actual()).isZero();
        });
    }

    @Test
    void givenLeadsOutsideTheWindowOrStillInTheirHorizonOrWithoutAnOwner_whenBenchmarked_thenLeftOutAndCounted() {
        lead("early", "rep.anna", START.minus(Duration.ofDays(5)));
        lead("recent", "rep.anna", CLOCK.instant().minus(Duration.ofDays(10)));
        lead("ownerless", null, START.plus(Duration.ofDays(5)));

        BenchmarkReport byRep = service.benchmark(ws, Grouping.REP, new ReportWindow(START, CLOCK.instant()), Basis.STORED);
        BenchmarkReport byChannel = service.benchmark(ws, Grouping.CHANNEL, new ReportWindow(START, CLOCK.instant()), Basis.STORED);

        assertThat(byRep.groups()).isEmpty();
        assertThat(byRep.horizonOpen()).isEqualTo(1);
        assertThat(byChannel.groups()).singleElement().satisfies(g -> {
            assertThat(g.group()).isEqualTo("webinar");
            assertThat(g.leads()).isEqualTo(1);
        });
    }

    @Test
    void givenTheBlindBasis_whenBenchmarked_thenEveryLeadIsScoredBlindToTheGroupedFieldIgnoringStoredScores() {
        Instant created = START.plus(Duration.ofDays(10));
        Lead a = lead("a", "rep.anna", created);
        scores.append(Fixtures.score(ws, a.id(), 0.9, created));

        BenchmarkReport byRep = service.benchmark(ws, Grouping.REP, new ReportWindow(START, CLOCK.instant()), Basis.BLIND);
        BenchmarkReport bySource = service.benchmark(ws, Grouping.SOURCE, new ReportWindow(START, CLOCK.instant()), Basis.BLIND);

        assertThat(byRep.groups()).singleElement().satisfies(g -> assertThat(g.expected()).isCloseTo(0.25, within(1e-9)));
        assertThat(bySource.groups()).singleElement().satisfies(g -> assertThat(g.group()).isEqualTo("webinar / 2024-q1-data-quality"));
        assertThat(blindTo).containsExactly(Grouping.REP, Grouping.SOURCE);
        assertThat(scoredAsOf).isEmpty();
    }
}
