package dev.leadscope.rest.wiring;

import static dev.leadscope.domain.fixtures.Fixtures.T0;
import static dev.leadscope.domain.fixtures.Fixtures.aLead;
import static dev.leadscope.domain.fixtures.Fixtures.anEvent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.fixtures.InMemoryActivityEvents;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.port.out.ActivityEvents;
import dev.leadscope.domain.port.out.ForwardingActivityEvents;
import dev.leadscope.domain.port.out.RecentLeadEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One lead's events come from memory while they are kept there, with the window, order and limit of the store. */
class HotActivityEventsTest {
    private static final WorkspaceId WS = new WorkspaceId("default");
    private static final Instant FAR_PAST = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant FAR_FUTURE = Instant.parse("3000-01-01T00:00:00Z");

    private final Lead lead = aLead(WS, "l1").build();
    private final InMemoryActivityEvents store = new InMemoryActivityEvents();
    private final Map<LeadId, List<ActivityEvent>> kept = new HashMap<>();
    private final RecentLeadEvents hot = (workspace, id) -> Optional.ofNullable(kept.get(id));
    private final ActivityEvents events = new HotActivityEvents(hot, store);

    private ActivityEvent event(String id, int minutes) {
        return anEvent(WS, id, lead.id()).at(T0.plus(Duration.ofMinutes(minutes))).build();
    }

    private void loadEntry() {
        kept.put(lead.id(), store.forLead(WS, lead.id(), FAR_PAST, FAR_FUTURE, Integer.MAX_VALUE));
    }

    private List<String> ids(List<ActivityEvent> found) {
        return found.stream().map(e -> e.id().value()).toList();
    }

    @Test
    void givenAHotLead_whenItsEventsAreAsked_thenTheWindowAndLimitAnswerAsTheStoreWould() {
        store.appendAbsent(List.of(event("e1", 0), event("e2", 10), event("e3", 20), event("e4", 30)));
        loadEntry();

        List<ActivityEvent> window = events.forLead(WS, lead.id(), T0.plus(Duration.ofMinutes(10)), T0.plus(Duration.ofMinutes(30)), 10);
        List<ActivityEvent> limited = events.forLead(WS, lead.id(), FAR_PAST, FAR_FUTURE, 2);

        assertThat(ids(window)).containsExactly("e2", "e3")
                .isEqualTo(ids(store.forLead(WS, lead.id(), T0.plus(Duration.ofMinutes(10)), T0.plus(Duration.ofMinutes(30)), 10)));
        assertThat(ids(limited)).containsExactly("e1", "e2");
    }

    @Test
    void givenKeptEventsInAnyOrderOfTies_whenLimited_thenOrderedByTimeThenIdAsTheStoreOrders() {
        kept.put(lead.id(), List.of(event("e2", 0), event("e1", 0), event("e3", 5)));

        assertThat(ids(events.forLead(WS, lead.id(), FAR_PAST, FAR_FUTURE, 2))).containsExactly("e1", "e2");
    }

    @Test
    void givenALeadNotInMemory_whenItsEventsAreAsked_thenTheStoreAnswers() {
        LeadId cold = new LeadId("cold");
        store.appendAbsent(List.of(anEvent(WS, "c1", cold).at(T0).build()));

        assertThat(ids(events.forLead(WS, cold, FAR_PAST, FAR_FUTURE, 10))).containsExactly("c1");
    }

    @Test
    void givenALeadNoLongerKept_whenItsEventsAreAsked_thenTheStoreAnswersAgain() {
        store.appendAbsent(List.of(event("e1", 0)));
        loadEntry();
        store.appendAbsent(List.of(event("e2", 5)));
        assertThat(ids(events.forLead(WS, lead.id(), FAR_PAST, FAR_FUTURE, 10))).containsExactly("e1");

        kept.clear();

        assertThat(ids(events.forLead(WS, lead.id(), FAR_PAST, FAR_FUTURE, 10))).containsExactly("e1", "e2");
    }

    @Test
    void givenSomeLeadsHotAndOthersNot_whenManyLeadsAreAskedAtOnce_thenEachAnswersAsTheStoreWould() {
        LeadId cold = new LeadId("cold");
        LeadId quiet = new LeadId("quiet");
        store.appendAbsent(List.of(event("e1", 0), anEvent(WS, "c1", cold).at(T0).build()));
        kept.put(lead.id(), List.of(event("e3", 5), event("e2", 5), event("e1", 0)));
        kept.put(quiet, List.of());

        Map<LeadId, List<ActivityEvent>> found = events.forLeads(WS, List.of(lead.id(), cold, quiet));

        assertThat(ids(found.get(lead.id()))).containsExactly("e1", "e2", "e3");
        assertThat(ids(found.get(cold))).containsExactly("c1");
        assertThat(found).doesNotContainKey(quiet);
    }

    @Test
    void givenALeadNotInMemory_whenManyLeadsAreAskedAtOnce_thenItsEventsAreReadWithoutPropertiesAsTheKeptOnesAre() {
        LeadId cold = new LeadId("cold");
        store.appendAbsent(List.of(anEvent(WS, "c1", cold).at(T0).properties(Map.of("url", "/pricing")).build()));
        List<String> asked = new ArrayList<>();
        ActivityEvents byIndex = new ForwardingActivityEvents(store) {
            @Override
            public Map<LeadId, List<ActivityEvent>> forLeads(WorkspaceId w, Collection<LeadId> leads) {
                asked.add("forLeads");
                return super.forLeads(w, leads);
            }

            @Override
            public Map<LeadId, List<ActivityEvent>> behaviourOf(WorkspaceId w, Collection<LeadId> leads) {
                asked.add("behaviourOf");
                Map<LeadId, List<ActivityEvent>> out = new HashMap<>();
                store.forLeads(w, leads).forEach((l, found) -> out.put(l, found.stream().map(ActivityEvent::withoutProperties).toList()));
                return out;
            }
        };

        Map<LeadId, List<ActivityEvent>> found = new HotActivityEvents(hot, byIndex).forLeads(WS, List.of(cold));

        assertThat(asked).containsExactly("behaviourOf");
        assertThat(found.get(cold)).singleElement().satisfies(e -> assertThat(e.properties()).isEmpty());
    }
}
