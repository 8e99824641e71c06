package dev.leadscope.account.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.event.EventId;
import dev.leadscope.domain.event.EventType;
import dev.leadscope.domain.lead.CommitteeRole;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.lead.TitlePolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CommitteeAnalyzerTest {
    static final WorkspaceId WS = new WorkspaceId("ws-committee");
    static final Instant NOW = Instant.parse("2024-06-03T00:00:00Z");
    static final AtomicInteger IDS = new AtomicInteger();
    final CommitteeAnalyzer analyzer = new CommitteeAnalyzer(CommitteeSettings.defaults());
    // a technical evaluator and an economic buyer: the first pattern's two roles
    final Lead eng = member("l1", "DevOps Engineer", NOW.minus(Duration.ofDays(60)));
    final Lead cfo = member("l2", "Chief Financial Officer", NOW.minus(Duration.ofDays(60)));
    final Map<LeadId, List<ActivityEvent>> events = new HashMap<>();

    static Lead member(String id, String title, Instant createdAt) {
        return new Lead(WS, new LeadId(id), new AccountId("acc"), null, null, null, title, new TitlePolicy().classify(title),
                null, null, createdAt, null, null);
    }

    static ActivityEvent event(Lead lead, EventType type, String category, Duration ago) {
        return new ActivityEvent(WS, new EventId("e" + IDS.incrementAndGet()), lead.id(), type, category, NOW.minus(ago), null);
    }

    void add(ActivityEvent... es) {
        for (ActivityEvent e : es) {
            events.computeIfAbsent(e.leadId(), k -> new java.util.ArrayList<>()).add(e);
        }
    }

    @Test
    void givenMembersWithTitles_whenAnalysed_thenTheyAreGroupedByRoleAndMissingRolesAreNamed() {
        Lead cto = member("l1", "CTO", NOW.minus(Duration.ofDays(30)));
        Lead ops = member("l2", "Sales Operations Manager", NOW.minus(Duration.ofDays(20)));
        Lead eng = member("l3", "Senior Software Engineer", NOW.minus(Duration.ofDays(10)));
        Lead later = member("l4", "CFO", NOW.plus(Duration.ofDays(1)));
        Committee c = analyzer.analyze(List.of(cto, ops, eng, later), events, NOW);
        assertThat(c.membersByRole().get(CommitteeRole.TECHNICAL_EVALUATOR)).containsExactly(cto.id(), eng.id());
        assertThat(c.coverage()).containsEntry(CommitteeRole.CHAMPION, 1).containsEntry(CommitteeRole.ECONOMIC_BUYER, 0);
        assertThat(c.size()).isEqualTo(3);
        assertThat(c.rolesCovered()).isEqualTo(2);
        assertThat(c.missingRoles()).containsExactly(CommitteeRole.ECONOMIC_BUYER, CommitteeRole.EXECUTIVE_SPONSOR);
    }

    @Test
    void givenEventsOfDifferentAges_whenEngagementIsSummed_thenItHalvesEveryFourteenDaysAndIgnoresTheFuture() {
        Lead champion = member("l1", "Marketing Manager", NOW.minus(Duration.ofDays(60)));
        add(event(champion, EventType.MEETING_BOOKED, null, Duration.ZERO),
                event(champion, EventType.MEETING_BOOKED, null, Duration.ofDays(14)),
                event(champion, EventType.MEETING_BOOKED, null, Duration.ofDays(100)),
                event(champion, EventType.MEETING_BOOKED, null, Duration.ofDays(-1)));
        Committee c = analyzer.analyze(List.of(champion), events, NOW.plusNanos(1000));
        assertThat(c.engagement(CommitteeRole.CHAMPION)).isCloseTo(6 + 3, within(1e-3));
        assertThat(c.recentlyActive(CommitteeRole.CHAMPION)).isEqualTo(1);
    }

    @Test
    void givenTechnicalActivityThenFinanceOnPricingWithinFourteenDays_whenAnalysed_thenThePatternIsSeen() {
        add(event(eng, EventType.INTEGRATION_CONNECTED, null, Duration.ofDays(12)),
                event(cfo, EventType.PAGE_VIEW, "pricing", Duration.ofDays(2)));
        Committee c = analyzer.analyze(List.of(eng, cfo), events, NOW);
        assertThat(c.patterns()).extracting(Committee.PatternMatch::name).containsExactly("technical evaluation then finance viewing pricing");
        assertThat(c.patterns().get(0).describe()).contains("2024-05-22 then 2024-06-01");
    }

    @Test
    void givenFinancePricingBeforeOrLongAfterTechnicalActivity_whenAnalysed_thenNoPatternIsSeen() {
        add(event(cfo, EventType.PAGE_VIEW, "pricing", Duration.ofDays(20)),
                event(eng, EventType.INTEGRATION_CONNECTED, null, Duration.ofDays(19)),
                event(cfo, EventType.PAGE_VIEW, "pricing", Duration.ofDays(3)));
        Committee c = analyzer.analyze(List.of(eng, cfo), events, NOW);
        assertThat(c.patterns()).isEmpty();
    }

    @Test
    void givenPricingExactlyFourteenDaysAfterTechnicalActivity_whenAnalysed_thenThePatternIsSeenButNotASecondLater() {
        add(event(eng, EventType.TRIAL_SIGNUP, null, Duration.ofDays(16)),
                event(cfo, EventType.PAGE_VIEW, "pricing", Duration.ofDays(2)));
        assertThat(analyzer.analyze(List.of(eng, cfo), events, NOW).patterns()).hasSize(1);

        events.clear();
        add(event(eng, EventType.TRIAL_SIGNUP, null, Duration.ofDays(16)),
                event(cfo, EventType.PAGE_VIEW, "pricing", Duration.ofDays(2).minusNanos(1_000)));
        assertThat(analyzer.analyze(List.of(eng, cfo), events, NOW).patterns()).isEmpty();
    }

    @Test
    void givenTheRoleEventsListedOnce_whenAnalysedWithThem_thenTheCommitteeIsTheSameAsListingThemItself() {
        add(event(eng, EventType.INTEGRATION_CONNECTED, null, Duration.ofDays(12)),
                event(cfo, EventType.PAGE_VIEW, "pricing", Duration.ofDays(2)),
                event(cfo, EventType.PAGE_VIEW, "case_study", Duration.ofDays(5)),
                event(eng, EventType.PAGE_VIEW, "pricing", Duration.ofDays(1)));
        List<Lead> members = List.of(eng, cfo);
        List<CommitteeAnalyzer.RoleEvent> listed = CommitteeAnalyzer.roleEvents(members, events, NOW.minus(Duration.ofDays(90)), NOW);

        Committee once = analyzer.analyze(members, events, NOW, listed);

        assertThat(once).isEqualTo(analyzer.analyze(members, events, NOW));
        assertThat(once.patterns()).hasSize(2);
    }
}
