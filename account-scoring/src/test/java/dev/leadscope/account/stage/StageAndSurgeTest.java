package dev.leadscope.account.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.leadscope.account.committee.Committee;
import dev.leadscope.account.committee.CommitteeAnalyzer;
import dev.leadscope.account.committee.CommitteeAnalyzer.RoleEvent;
import dev.leadscope.account.committee.CommitteeSettings;
import dev.leadscope.account.surge.SurgePolicy;
import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.account.BuyingStage;
import dev.leadscope.domain.account.Surge;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.event.EventId;
import dev.leadscope.domain.event.EventType;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.lead.TitlePolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StageAndSurgeTest {
    static final WorkspaceId WS = new WorkspaceId("ws-stage");
    static final Instant NOW = Instant.parse("2024-06-03T00:00:00Z");
    final Lead champion = lead("l1", "Marketing Manager");
    final Lead cfo = lead("l2", "CFO");
    final Map<LeadId, List<ActivityEvent>> events = new HashMap<>();
    int ids;

    static Lead lead(String id, String title) {
        return new Lead(WS, new LeadId(id), new AccountId("acc"), null, null, null, title, new TitlePolicy().classify(title),
                null, null, NOW.minus(Duration.ofDays(200)), null, null);
    }

    void add(Lead lead, EventType type, String category, int daysAgo) {
        events.computeIfAbsent(lead.id(), k -> new ArrayList<>()).add(new ActivityEvent(WS, new EventId("e" + ++ids), lead.id(),
                type, category, NOW.minus(Duration.ofDays(daysAgo)).minusSeconds(60), null));
    }

    BuyingStage stage(boolean won) {
        List<Lead> members = List.of(champion, cfo);
        Committee c = new CommitteeAnalyzer(CommitteeSettings.defaults()).analyze(members, events, NOW);
        List<RoleEvent> roleEvents = CommitteeAnalyzer.roleEvents(members, events, NOW.minus(Duration.ofDays(90)), NOW);
        return StagePolicy.DEFAULTS.stage(c, roleEvents, won, NOW);
    }

    Surge surge() {
        return SurgePolicy.defaults().surge(CommitteeAnalyzer.roleEvents(List.of(champion, cfo), events,
                NOW.minus(Duration.ofDays(90)), NOW), NOW);
    }

    @Test
    void givenAFewBlogViews_whenStaged_thenAwareness() {
        add(champion, EventType.PAGE_VIEW, "blog", 3);
        add(champion, EventType.EMAIL_OPEN, null, 10);
        assertThat(stage(false)).isEqualTo(BuyingStage.AWARENESS);
    }

    @Test
    void givenATrialOrASalesTouch_whenStaged_thenConsideration() {
        add(champion, EventType.TRIAL_SIGNUP, null, 20);
        assertThat(stage(false)).isEqualTo(BuyingStage.CONSIDERATION);
    }

    @Test
    void givenMeetingsAndTheBuyerOnPricing_whenStaged_thenDecision() {
        add(champion, EventType.MEETING_BOOKED, null, 5);
        add(cfo, EventType.PAGE_VIEW, "pricing", 2);
        assertThat(stage(false)).isEqualTo(BuyingStage.DECISION);
    }

    @Test
    void givenAMeetingLongAgo_whenStaged_thenNotDecision() {
        add(champion, EventType.MEETING_BOOKED, null, 25);
        add(cfo, EventType.PAGE_VIEW, "pricing", 24);
        assertThat(stage(false)).isEqualTo(BuyingStage.CONSIDERATION);
    }

    @Test
    void givenAWonDeal_whenStaged_thenPurchase() {
        assertThat(stage(true)).isEqualTo(BuyingStage.PURCHASE);
    }

    @Test
    void givenAQuietMonthThenABusyWeek_whenSurgeIsMeasured_thenTheAccountSurges() {
        add(champion, EventType.PAGE_VIEW, null, 15);
        add(champion, EventType.MEETING_BOOKED, null, 2);
        add(cfo, EventType.PAGE_VIEW, "pricing", 1);
        Surge s = surge();
        assertThat(s.thisWeek()).isCloseTo(9, within(1e-9));
        assertThat(s.priorWeeklyMean()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(s.ratio()).isCloseTo(10 / (4 / 3.0), within(1e-9));
        assertThat(s.surging()).isTrue();
    }

    @Test
    void givenSteadyActivity_whenSurgeIsMeasured_thenNoSurge() {
        for (int d = 1; d < 28; d += 2) {
            add(champion, EventType.MEETING_BOOKED, null, d);
        }
        assertThat(surge().surging()).isFalse();
        assertThat(surge().ratio()).isBetween(0.5, 1.5);
    }
}
