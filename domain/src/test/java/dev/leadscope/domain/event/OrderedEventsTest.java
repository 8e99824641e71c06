package dev.leadscope.domain.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OrderedEventsTest {
    private static final Instant T0 = Instant.parse("2024-06-03T00:00:00Z");

    private static ActivityEvent event(String id, int second) {
        return new ActivityEvent(new WorkspaceId("ws"), new EventId(id), new LeadId("l1"), EventType.PAGE_VIEW, null,
                T0.plusSeconds(second), null);
    }

    private static List<ActivityEvent> shuffled(Random r, int n, int seconds) {
        List<ActivityEvent> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(event("e" + r.nextInt(1000), r.nextInt(seconds)));
        }
        return out;
    }

    private static List<ActivityEvent> sortedCopy(List<ActivityEvent> events) {
        List<ActivityEvent> copy = new ArrayList<>(events);
        copy.sort(OrderedEvents.ORDER);
        return copy;
    }

    @Test
    void givenEventsOutOfOrder_whenOrdered_thenTheyAreByTimeThenIdAndTheGivenListIsLeftAsItWas() {
        List<ActivityEvent> given = List.of(event("b", 5), event("c", 1), event("a", 5), event("d", 0));

        OrderedEvents ordered = OrderedEvents.of(given);

        assertThat(ordered).extracting(e -> e.id().value()).containsExactly("d", "c", "a", "b");
        assertThat(given).extracting(e -> e.id().value()).containsExactly("b", "c", "a", "d");
    }

    @Test
    void anOrderedListIsTakenAsItIsAndCannotBeChanged() {
        OrderedEvents ordered = OrderedEvents.of(List.of(event("a", 1), event("b", 2)));

        assertThat(OrderedEvents.of(ordered)).isSameAs(ordered);
        assertThat(ordered).isEqualTo(List.of(event("a", 1), event("b", 2)));
        assertThatThrownBy(() -> ordered.add(event("c", 3))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ordered.set(0, event("c", 3))).isInstanceOf(UnsupportedOperationException.class);
        Object[] array = ordered.toArray();
        array[0] = null;
        assertThat(ordered.get(0)).isNotNull();
    }

    @Test
    void givenANullEvent_whenOrdered_thenItIsRefused() {
        List<ActivityEvent> withNull = Arrays.asList(event("a", 1), null);

        assertThatThrownBy(() -> OrderedEvents.of(withNull)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void eventsAddedGoWhereSortingAllWouldPutThemAndAnIdAlreadyHeldIsNotAddedTwice() {
        Random r = new Random(3);
        for (int round = 0; round < 300; round++) {
            List<ActivityEvent> held = sortedCopy(shuffled(r, r.nextInt(12), 6)).stream()
                    .filter(distinctIds()).toList();
            List<ActivityEvent> added = new ArrayList<>();
            for (int i = 0; i < 1 + r.nextInt(5); i++) {
                added.add(r.nextInt(4) == 0 && !held.isEmpty() ? held.get(r.nextInt(held.size())) : event("n" + round + "-" + i, r.nextInt(6)));
            }
            List<ActivityEvent> expected = new ArrayList<>(held);
            for (ActivityEvent e : added) {
                if (expected.stream().noneMatch(x -> x.id().equals(e.id()))) {
                    expected.add(e);
                }
            }
            expected.sort(OrderedEvents.ORDER);

            OrderedEvents after = OrderedEvents.of(held).with(added);

            assertThat(after).as("round %d", round).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void givenAListGrownOneEventAtATime_whenAQuarterOfItCameThatWay_thenItsEventsAreLaidOutAfreshAsEqualCopies() {
        List<ActivityEvent> first = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            first.add(event(String.format("a%03d", i), i));
        }
        OrderedEvents list = OrderedEvents.of(first);
        List<ActivityEvent> expected = new ArrayList<>(first);

        for (int i = 0; i < 9; i++) {
            ActivityEvent added = event(String.format("b%03d", i), 100 + i);
            expected.add(added);
            list = list.with(List.of(added));
            assertThat(list.get(0)).as("after %d added", i + 1).isSameAs(first.get(0));
        }
        ActivityEvent tenth = event("b009", 109);
        expected.add(tenth);
        list = list.with(List.of(tenth));

        assertThat(list).containsExactlyElementsOf(expected);
        assertThat(list.get(0)).isEqualTo(first.get(0)).isNotSameAs(first.get(0));
        assertThat(list.get(0).occurredAt()).isEqualTo(first.get(0).occurredAt()).isNotSameAs(first.get(0).occurredAt());
    }

    private static java.util.function.Predicate<ActivityEvent> distinctIds() {
        java.util.Set<EventId> seen = new java.util.HashSet<>();
        return e -> seen.add(e.id());
    }

    @Test
    void aWindowOfAnOrderedListIsTheSameAsFilteringTheEventsInOrder() {
        Random r = new Random(7);
        for (int round = 0; round < 500; round++) {
            List<ActivityEvent> events = sortedCopy(shuffled(r, r.nextInt(30), 40));
            Instant from = T0.plusSeconds(r.nextInt(45) - 2);
            Instant to = from.plusSeconds(r.nextInt(30) - 3);
            int limit = r.nextInt(4) == 0 ? 0 : 1 + r.nextInt(20);

            List<ActivityEvent> viaOrdered = OrderedEvents.window(OrderedEvents.of(events), from, to, limit);
            List<ActivityEvent> viaPlainList = OrderedEvents.window(events, from, to, limit);

            List<ActivityEvent> expected = events.stream()
                    .filter(e -> !e.occurredAt().isBefore(from) && e.occurredAt().isBefore(to)).limit(limit).toList();
            assertThat(viaOrdered).as("round %d", round).containsExactlyElementsOf(expected);
            assertThat(viaPlainList).as("round %d", round).containsExactlyElementsOf(expected);
        }
    }
}
