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

    @Test
    void givenOrderedHistoriesWithEventsOnTheWindowsEdges_whenAnalysed_thenTheyReadTheSameEventsAsUnorderedLists() {
        java.util.Random random = new java.util.Random(7);
        EventType[] types = {EventType.PAGE_VIEW, EventType.INTEGRATION_CONNECTED, EventType.MEETING_BOOKED, EventType.CALL};
        for (Lead m : List.of(eng, cfo)) {
            for (int i = 0; i < 200; i++) {
                add(event(m, types[random.nextInt(types.length)], random.nextBoolean() ? "pricing" : null,
                        Duration.ofSeconds(random.nextInt(400 * 86_400) - 86_400, random.nextInt(1_000_000) * 1_000L)));
            }
            // on the lookback's first instant, a microsecond before it, and on the moment itself (left out)
            add(event(m, EventType.CALL, null, Duration.ofDays(90)), event(m, EventType.CALL, null, Duration.ofDays(90).plusNanos(1_000)),
                    event(m, EventType.CALL, null, Duration.ZERO));
        }
        Map<LeadId, List<ActivityEvent>> ordered = new HashMap<>();
        Map<LeadId, List<ActivityEvent>> shuffled = new HashMap<>();
        events.forEach((lead, list) -> {
            ordered.put(lead, dev.leadscope.domain.event.OrderedEvents.of(list));
            List<ActivityEvent> copy = new java.util.ArrayList<>(list);
            java.util.Collections.shuffle(copy, random);
            shuffled.put(lead, copy);
        });
        List<Lead> members = List.of(eng, cfo);
        Instant from = NOW.minus(Duration.ofDays(90));

        List<CommitteeAnalyzer.RoleEvent> fromOrdered = CommitteeAnalyzer.roleEvents(members, ordered, from, NOW);
        List<CommitteeAnalyzer.RoleEvent> fromShuffled = CommitteeAnalyzer.roleEvents(members, shuffled, from, NOW);

        assertThat(fromOrdered).hasSameSizeAs(fromShuffled).allSatisfy(re ->
                assertThat(re.event().occurredAt()).isAfterOrEqualTo(from).isBefore(NOW));
        assertThat(fromOrdered).extracting(re -> re.event().occurredAt())
                .containsExactlyElementsOf(fromShuffled.stream().map(re -> re.event().occurredAt()).toList()).isSorted();
        assertThat(new java.util.HashSet<>(fromOrdered)).isEqualTo(new java.util.HashSet<>(fromShuffled));
        long inWindow = events.values().stream().flatMap(List::stream)
                .filter(e -> !e.occurredAt().isBefore(from) && e.occurredAt().isBefore(NOW)).count();
        assertThat(fromOrdered).hasSize((int) inWindow);
        Committee a = analyzer.analyze(members, ordered, NOW);
        Committee b = analyzer.analyze(members, shuffled, NOW);
        assertThat(a.patterns()).isEqualTo(b.patterns());
        assertThat(a.coverage()).isEqualTo(b.coverage());
        for (CommitteeRole role : CommitteeRole.values()) {
            assertThat(a.engagement(role)).isCloseTo(b.engagement(role), within(1e-9));
            assertThat(a.recentlyActive(role)).isEqualTo(b.recentlyActive(role));
        }
    }

    @Test
    void givenInstantsWithAndWithoutFractions_whenTheWholeSecondsBetweenAreTaken_thenTheyMatchTheDurations() {
        java.util.Random random = new java.util.Random(11);
        for (int i = 0; i < 20_000; i++) {
            Instant a = Instant.ofEpochSecond(1_700_000_000L + random.nextInt(100_000_000), random.nextInt(1_000_000_000));
            Instant b = Instant.ofEpochSecond(1_700_000_000L + random.nextInt(100_000_000), random.nextInt(1_000_000_000));
            assertThat(CommitteeAnalyzer.wholeSecondsBetween(a, b)).as(a + " to " + b).isEqualTo(Duration.between(a, b).toSeconds());
        }
        Instant t = Instant.parse("2024-06-01T00:00:00.5Z");
        assertThat(CommitteeAnalyzer.wholeSecondsBetween(t, t.plusMillis(400))).isZero();
        assertThat(CommitteeAnalyzer.wholeSecondsBetween(t, t.plusMillis(600))).isZero();
        assertThat(CommitteeAnalyzer.wholeSecondsBetween(t.plusMillis(600), t)).isEqualTo(-1);
    }
}
