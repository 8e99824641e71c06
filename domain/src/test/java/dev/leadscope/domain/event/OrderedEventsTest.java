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

    @Test
    void givenListsGrownFromTheSameList_whenEachAddsOtherEvents_thenEveryListKeepsExactlyItsOwnEvents() {
        OrderedEvents base = OrderedEvents.of(List.of(event("a", 1))).with(List.of(event("b", 2)));
        OrderedEvents left = base.with(List.of(event("c", 3)));
        OrderedEvents right = base.with(List.of(event("d", 4), event("e", 5)));
        OrderedEvents leftAgain = left.with(List.of(event("f", 6)));

        assertThat(base).extracting(e -> e.id().value()).containsExactly("a", "b");
        assertThat(left).extracting(e -> e.id().value()).containsExactly("a", "b", "c");
        assertThat(right).extracting(e -> e.id().value()).containsExactly("a", "b", "d", "e");
        assertThat(leftAgain).extracting(e -> e.id().value()).containsExactly("a", "b", "c", "f");
        assertThat(base.toArray()).hasSize(2);
        assertThat(left.subList(1, 3)).extracting(e -> e.id().value()).containsExactly("b", "c");
        assertThatThrownBy(() -> base.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void givenRandomAdditionsToRandomEarlierLists_whenGrown_thenEachListIsWhatSortingItsOwnEventsGives() {
        Random r = new Random(11);
        List<OrderedEvents> lists = new ArrayList<>(List.of(OrderedEvents.of(List.of())));
        List<List<ActivityEvent>> expected = new ArrayList<>(List.of(List.of()));
        for (int step = 0; step < 2_000; step++) {
            int from = r.nextInt(lists.size());
            List<ActivityEvent> added = new ArrayList<>();
            int n = 1 + r.nextInt(3);
            int last = expected.get(from).isEmpty() ? 0 : (int) (expected.get(from).get(expected.get(from).size() - 1).occurredAt().getEpochSecond() - T0.getEpochSecond());
            for (int i = 0; i < n; i++) {
                // mostly after the last event held, sometimes before it or at its very moment
                int second = r.nextInt(5) == 0 ? r.nextInt(last + 1) : last + r.nextInt(3);
                added.add(event("e" + step + "-" + i, second));
            }
            OrderedEvents grown = lists.get(from).with(added);
            List<ActivityEvent> all = new ArrayList<>(expected.get(from));
            added.forEach(e -> OrderedEvents.insert(all, e));
            lists.add(grown);
            expected.add(all);
        }
        for (int i = 0; i < lists.size(); i++) {
            assertThat(lists.get(i)).as("list %d", i).containsExactlyElementsOf(sortedCopy(expected.get(i)));
        }
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
            int limit = switch (r.nextInt(5)) {
                case 0 -> 0;
                case 1 -> Integer.MAX_VALUE; // all of them: must not wrap around
                default -> 1 + r.nextInt(20);
            };

            List<ActivityEvent> viaOrdered = OrderedEvents.window(OrderedEvents.of(events), from, to, limit);
            List<ActivityEvent> viaPlainList = OrderedEvents.window(events, from, to, limit);

            List<ActivityEvent> expected = events.stream()
                    .filter(e -> !e.occurredAt().isBefore(from) && e.occurredAt().isBefore(to)).limit(limit).toList();
            assertThat(viaOrdered).as("round %d", round).containsExactlyElementsOf(expected);
            assertThat(viaPlainList).as("round %d", round).containsExactlyElementsOf(expected);
        }
    }
}
