package dev.leadscope.ml.config;

import static dev.leadscope.domain.fixtures.Fixtures.aLead;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.event.EventId;
import dev.leadscope.domain.event.EventType;
import dev.leadscope.domain.event.OrderedEvents;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.ml.service.HistoryParts;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HotLeadHistoriesTest {
    private static final WorkspaceId WS = new WorkspaceId("ws");
    private static final Instant T0 = Instant.parse("2024-06-03T00:00:00Z");
    private static final Lead LEAD = aLead(WS, "l1").build();

    private static ActivityEvent event(String id, String lead, int second) {
        return new ActivityEvent(WS, new EventId(id), new LeadId(lead), EventType.PAGE_VIEW, null, T0.plusSeconds(second), null);
    }

    private static List<String> ids(List<ActivityEvent> events) {
        return events.stream().map(e -> e.id().value()).toList();
    }

    @Test
    void givenALeadKept_whenEventsAreStored_thenItsEntryHoldsThemInTheStoresOrderOnceEach() {
        HotLeadHistories hot = new HotLeadHistories(1_000, Duration.ofMinutes(5));
        hot.of(LEAD, () -> new HistoryParts.Parts(List.of(event("c", "l1", 5), event("a", "l1", 1)), List.of(), List.of()));

        hot.eventsStored(WS, List.of(event("b", "l1", 5), event("a", "l1", 1), event("x", "other", 2), event("d", "l1", 0)));

        List<ActivityEvent> kept = hot.eventsIfKept(WS, LEAD.id()).orElseThrow();
        assertThat(ids(kept)).containsExactly("d", "a", "b", "c");
        assertThat(kept).isInstanceOf(OrderedEvents.class);
        assertThat(hot.eventsIfKept(WS, new LeadId("other"))).isEmpty();
    }

    @Test
    void eventsAreKeptWithoutTheirProperties_whetherLoadedOrStoredLater() {
        HotLeadHistories hot = new HotLeadHistories(1_000, Duration.ofMinutes(5));
        hot.of(LEAD, () -> new HistoryParts.Parts(List.of(withProperties("a", 1)), List.of(), List.of()));

        hot.eventsStored(WS, List.of(withProperties("b", 2)));

        List<ActivityEvent> kept = hot.eventsIfKept(WS, LEAD.id()).orElseThrow();
        assertThat(ids(kept)).containsExactly("a", "b");
        assertThat(kept).allSatisfy(e -> assertThat(e.properties()).isEmpty());
        assertThat(hot.of(LEAD, () -> { throw new AssertionError("kept: not loaded again"); }).events()).isEqualTo(kept);
    }

    private static ActivityEvent withProperties(String id, int second) {
        return new ActivityEvent(WS, new EventId(id), LEAD.id(), EventType.PAGE_VIEW, "pricing", T0.plusSeconds(second),
                Map.of("url", "/pricing"));
    }

    @Test
    void givenALeadKept_whenItChanges_thenItsEntryIsDropped() {
        HotLeadHistories hot = new HotLeadHistories(1_000, Duration.ofMinutes(5));
        hot.of(LEAD, () -> new HistoryParts.Parts(List.of(event("a", "l1", 1)), List.of(), List.of()));

        hot.leadsChanged(WS, List.of(LEAD.id()));

        assertThat(hot.eventsIfKept(WS, LEAD.id())).isEmpty();
    }
}
