package dev.leadscope.domain.service;

import static dev.leadscope.domain.fixtures.Fixtures.aLead;
import static dev.leadscope.domain.fixtures.Fixtures.anEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.leadscope.domain.account.AccountId;
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

/**
 * The account basis scores each account's first lead blind at its creation, counts the account once, for its owning rep,
 * and counts and expects its wins over the same span, from its entry to the report.
 */
class AccountEntryBenchmarkTest {
    private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-12-31T00:00:00Z"), ZoneOffset.UTC);
    private static final ReportWindow YEAR = new ReportWindow(START, CLOCK.instant());
    private final WorkspaceId ws = Fixtures.freshWorkspace();
    private final InMemoryLeads leads = new InMemoryLeads();
    private final InMemoryActivityEvents events = new InMemoryActivityEvents();
    private final InMemoryOutcomes outcomes = new InMemoryOutcomes();
    private final List<String> blindCalls = new ArrayList<>();
    private final ScoreLeadUseCase unused = new ScoreLeadUseCase() {
        @Override
        public LeadScore score(WorkspaceId workspace, LeadId lead) {
            throw new ModelUnavailableException("not used here");
        }

        @Override
        public LeadScore scoreAsOf(WorkspaceId workspace, LeadId lead, Instant asOf) {
            throw new AssertionError("the account basis scores blind only");
        }

        @Override
        public List<LeadScore> history(WorkspaceId workspace, LeadId lead, int limit) {
            return List.of();
        }
    };
    private final BenchmarkService service = new BenchmarkService(leads, events, outcomes, new InMemoryLeadScores(), unused,
            (w, l, asOf, hidden) -> {
                blindCalls.add(l.value() + "@" + asOf + "/" + hidden);
                return Fixtures.score(w, l, l.value().startsWith("x") ? 0.4 : 0.2, asOf);
            }, CLOCK);

    private Lead lead(String id, String account, String owner, Instant created) {
        Lead l = aLead(ws, id).account(account == null ? null : new AccountId(account)).owner(owner).createdAt(created).build();
        leads.save(l);
        return l;
    }

    private void call(Lead l, Instant at) {
        events.appendAbsent(List.of(anEvent(ws, "call-" + l.id().value(), l.id()).type(EventType.CALL).at(at).build()));
    }

    @Test
    void givenAnAccountWorkedByTwoReps_whenBenchmarked_thenItsFirstLeadIsScoredBlindAtCreationAndCountedOnceForTheMajorityRep() {
        Instant created = START.plus(Duration.ofDays(10));
        Lead first = lead("a1", "acme", "rep.anna", created);
        Lead second = lead("a2", "acme", "rep.ben", created.plus(Duration.ofDays(2)));
        Lead third = lead("a3", "acme", "rep.ben", created.plus(Duration.ofDays(3)));
        call(first, created.plus(Duration.ofDays(20)));
        call(third, created.plus(Duration.ofDays(4)));
        outcomes.save(Fixtures.outcome(ws, "won-a2", second.id(), OutcomeKind.WON, created.plus(Duration.ofDays(60))));

        BenchmarkReport report = service.benchmark(ws, Grouping.REP, YEAR, Basis.ACCOUNT);

        assertThat(blindCalls).containsExactly("a1@" + created.plusSeconds(1) + "/REP");
        assertThat(report.basis()).isEqualTo(Basis.ACCOUNT);
        assertThat(report.counted()).isEqualTo(1);
        GroupBenchmark ben = report.groups().get(0);
        assertThat(ben.group()).isEqualTo("rep.ben");
        assertThat(ben.leads()).isEqualTo(1);
        assertThat(ben.expected()).as("the only account and the only win: the baseline reaches 1 / r at the win")
                .isCloseTo(1 - Math.exp(-1), within(1e-9));
        assertThat(ben.actual()).isEqualTo(1);
    }

    @Test
    void givenAWinLongAfterTheHorizonFromItsLeadsFirstTouch_whenBenchmarked_thenTheAccountConvertedAsItIsExpectedOverTheSameSpan() {
        Instant created = START.plus(Duration.ofDays(10));
        Lead only = lead("b1", "beta", "rep.anna", created);
        Instant touched = created.plus(Duration.ofDays(30));
        call(only, touched);
        outcomes.save(Fixtures.outcome(ws, "won-late", only.id(), OutcomeKind.WON, touched.plus(Duration.ofDays(191))));

        BenchmarkReport report = service.benchmark(ws, Grouping.REP, YEAR, Basis.ACCOUNT);

        assertThat(report.groups()).singleElement().satisfies(g -> assertThat(g.actual()).isEqualTo(1));
    }

    @Test
    void givenTwoRepsWhoseAccountsAreWonAlikeButOneGetsLaterLeads_whenBenchmarked_thenBothRankAlikeWhereTheHorizonRuleSawOnlyOne() {
        for (int i = 0; i < 3; i++) {
            Instant created = START.plus(Duration.ofDays(10 + i));
            Lead anna = lead("an" + i, "anna-" + i, "rep.anna", created);
            Lead ben = lead("bn" + i, "ben-" + i, "rep.ben", created);
            call(anna, created.plus(Duration.ofDays(1)));
            call(ben, created.plus(Duration.ofDays(1)));
            call(lead("bl" + i, "ben-" + i, "rep.ben", created.plus(Duration.ofDays(99))), created.plus(Duration.ofDays(100)));
            outcomes.save(Fixtures.outcome(ws, "won-an" + i, anna.id(), OutcomeKind.WON, created.plus(Duration.ofDays(150))));
            outcomes.save(Fixtures.outcome(ws, "won-bn" + i, ben.id(), OutcomeKind.WON, created.plus(Duration.ofDays(150))));
        }

        BenchmarkReport report = service.benchmark(ws, Grouping.REP, YEAR, Basis.ACCOUNT);

        // Counting wins only within 90 days of a lead's first touch, rep.anna would have 0 of 3 and rep.ben, whose later
        // leads open a window reaching day 190, 3 of 3 against the same expectation: the same results ranked apart.
        assertThat(report.groups()).hasSize(2).allSatisfy(g -> {
            assertThat(g.actual()).isEqualTo(3);
            assertThat(g.ratio()).isCloseTo(report.groups().get(0).ratio(), within(1e-9));
        });
    }

    @Test
    void givenALaterLeadWonWithinItsOwnHorizon_whenBenchmarked_thenTheAccountConvertedThoughTheFirstHorizonHadPassed() {
        Instant created = START.plus(Duration.ofDays(10));
        Lead first = lead("g1", "golf", "rep.anna", created);
        Lead later = lead("g2", "golf", "rep.anna", created.plus(Duration.ofDays(100)));
        call(first, created.plus(Duration.ofDays(1)));
        call(later, created.plus(Duration.ofDays(120)));
        outcomes.save(Fixtures.outcome(ws, "won-g2", later.id(), OutcomeKind.WON, created.plus(Duration.ofDays(150))));

        BenchmarkReport report = service.benchmark(ws, Grouping.REP, YEAR, Basis.ACCOUNT);

        assertThat(report.groups()).singleElement().satisfies(g -> {
            assertThat(g.leads()).isEqualTo(1);
            assertThat(g.actual()).isEqualTo(1);
        });
    }

    @Test
    void givenARecentUnwonAccount_whenBenchmarked_thenItCountsWithOnlyTheWinsSeenWithinItsShortSpanExpected() {
        Instant created = START.plus(Duration.ofDays(10));
        Lead early = lead("h1", "hotel", "rep.anna", created);
        Lead recent = lead("i1", "india", "rep.ben", CLOCK.instant().minus(Duration.ofDays(20)));
        call(early, created.plus(Duration.ofDays(1)));
        call(recent, CLOCK.instant().minus(Duration.ofDays(19)));
        outcomes.save(Fixtures.outcome(ws, "won-h1", early.id(), OutcomeKind.WON, created.plus(Duration.ofDays(200))));

        BenchmarkReport report = service.benchmark(ws, Grouping.REP, YEAR, Basis.ACCOUNT);

        assertThat(report.horizonOpen()).isZero();
        assertThat(report.counted()).isEqualTo(2);
        assertThat(report.groups()).filteredOn(g -> g.group().equals("rep.ben")).singleElement().satisfies(g -> {
            assertThat(g.actual()).isZero();
            assertThat(g.expected()).as("20 days see no win of the workspace").isZero();
        });
    }

    @Test
    void givenAnAccountFirstTouchedBeforeTheWindow_whenBenchmarked_thenLeftOutEvenIfALaterLeadIsTouchedInside() {
        Lead old = lead("c1", "gamma", "rep.anna", START.minus(Duration.ofDays(40)));
        Lead later = lead("c2", "gamma", "rep.anna", START.plus(Duration.ofDays(5)));
        call(old, START.minus(Duration.ofDays(30)));
        call(later, START.plus(Duration.ofDays(6)));

        BenchmarkReport report = service.benchmark(ws, Grouping.REP, YEAR, Basis.ACCOUNT);

        assertThat(report.groups()).isEmpty();
        assertThat(blindCalls).isEmpty();
    }

    @Test
    void givenLeadsWithoutAnAccountOrOwnerOrRecent_whenBenchmarked_thenEachAloneOrLeftOutOrCounted() {
        lead("x1", null, "rep.anna", START.plus(Duration.ofDays(5)));
        lead("x2", null, "rep.anna", START.plus(Duration.ofDays(6)));
        lead("d1", "delta", null, START.plus(Duration.ofDays(7)));
        lead("e1", "eps", "rep.anna", CLOCK.instant().minus(Duration.ofDays(10)));

        BenchmarkReport byRep = service.benchmark(ws, Grouping.REP, YEAR, Basis.ACCOUNT);
        BenchmarkReport byChannel = service.benchmark(ws, Grouping.CHANNEL, YEAR, Basis.ACCOUNT);

        assertThat(byRep.groups()).singleElement().satisfies(g -> {
            assertThat(g.group()).isEqualTo("rep.anna");
            assertThat(g.leads()).isEqualTo(3);
            assertThat(g.expected()).as("no account was won").isZero();
        });
        assertThat(byRep.horizonOpen()).isZero();
        assertThat(byChannel.counted()).isEqualTo(4);
    }

    @Test
    void givenATieBetweenTwoReps_whenTheOwnerIsChosen_thenTheRepWhoseFirstLeadCameEarliestOwnsTheAccount() {
        Instant t = START.plus(Duration.ofDays(1));
        List<Lead> oldestFirst = List.of(
                aLead(ws, "f1").account("phi").owner("rep.cleo").createdAt(t).build(),
                aLead(ws, "f2").account("phi").owner("rep.anna").createdAt(t.plusSeconds(5)).build(),
                aLead(ws, "f3").account("phi").owner("rep.anna").createdAt(t.plusSeconds(9)).build(),
                aLead(ws, "f4").account("phi").owner("rep.cleo").createdAt(t.plusSeconds(12)).build());

        assertThat(AccountEntryBenchmark.owningGroup(oldestFirst, Grouping.REP)).isEqualTo("rep.cleo");
        assertThat(AccountEntryBenchmark.owningGroup(oldestFirst.subList(1, 4), Grouping.REP)).isEqualTo("rep.anna");
    }
}
