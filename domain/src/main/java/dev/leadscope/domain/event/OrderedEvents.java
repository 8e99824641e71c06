package dev.leadscope.domain.event;

import dev.leadscope.domain.common.TimeWindow;
import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.RandomAccess;

/**
 * Events in the order the event stores give them (oldest first, the events of one moment by id), as an immutable list
 * that says so: code that needs the order takes such a list as it is instead of going through every event again to
 * check it. A lead's events are gone through many times per rescoring; each pass over events spread across the heap
 * costs a memory read per event, so checks that only repeat what is known are worth skipping.
 */
public final class OrderedEvents extends AbstractList<ActivityEvent> implements RandomAccess {
    /** The stores' order: by time, then by id. */
    public static final Comparator<ActivityEvent> ORDER = (a, b) -> {
        int c = a.occurredAt().compareTo(b.occurredAt());
        return c != 0 ? c : a.id().value().compareTo(b.id().value());
    };
    private static final OrderedEvents EMPTY = new OrderedEvents(new ActivityEvent[0], 0);
    /** Lists shorter than this are never laid out afresh: they are cheap to go through wherever they lie. */
    private static final int LAID_OUT_FROM = 32;

    private final ActivityEvent[] events;
    /** How many of the events were put in by {@link #with} since the list was last laid out afresh. */
    private final int addedSinceLaidOut;

    private OrderedEvents(ActivityEvent[] events, int addedSinceLaidOut) {
        this.events = events;
        this.addedSinceLaidOut = addedSinceLaidOut;
    }

    /**
     * The events in {@link #ORDER}: the list itself when it is an ordered list already, else a checked (and if need be
     * sorted) copy.
     */
    public static OrderedEvents of(List<ActivityEvent> events) {
        if (events instanceof OrderedEvents ordered) {
            return ordered;
        }
        ActivityEvent[] copy = events.toArray(new ActivityEvent[0]);
        for (ActivityEvent e : copy) {
            if (e == null) {
                throw new NullPointerException("events must not hold null");
            }
        }
        if (!inOrder(copy)) {
            Arrays.sort(copy, ORDER);
        }
        return copy.length == 0 ? EMPTY : new OrderedEvents(copy, 0);
    }

    /**
     * The events (oldest first) with {@code from <= occurredAt < to}, at most the first {@code limit} of them: the same as
     * a store's windowed read. On an ordered list this is a view found by binary search, without going through the
     * events before the window; any other list is filtered into a new one.
     */
    public static List<ActivityEvent> window(List<ActivityEvent> events, Instant from, Instant to, int limit) {
        if (events instanceof OrderedEvents ordered) {
            int start = ordered.firstAtOrAfter(from);
            int end = Math.min(ordered.firstAtOrAfter(to), start + Math.max(0, limit));
            return start >= end ? List.of() : ordered.subList(start, end);
        }
        return TimeWindow.of(events, ActivityEvent::occurredAt, from, to, limit);
    }

    /** The index of the first event at or after {@code t} ({@link #size()} when none is). */
    private int firstAtOrAfter(Instant t) {
        int lo = 0;
        int hi = events.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (events[mid].occurredAt().isBefore(t)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * The events with those of {@code added} not already held (by id) put in their places. A list kept in memory for a
     * long time grows by one event at a time, and each new event lands wherever the heap had room then; once a quarter
     * of the list came that way, the events are laid out afresh (each event and its time copied, one after the other),
     * so that going through them reads memory in order instead of jumping across the heap for every event.
     */
    public OrderedEvents with(List<ActivityEvent> added) {
        List<ActivityEvent> all = new ArrayList<>(events.length + added.size());
        all.addAll(this);
        for (ActivityEvent e : added) {
            insert(all, e);
        }
        ActivityEvent[] array = all.toArray(new ActivityEvent[0]);
        int sinceLaidOut = addedSinceLaidOut + (array.length - events.length);
        if (array.length >= LAID_OUT_FROM && sinceLaidOut * 4 >= array.length) {
            for (int i = 0; i < array.length; i++) {
                array[i] = laidOutAfresh(array[i]);
            }
            sinceLaidOut = 0;
        }
        return new OrderedEvents(array, sinceLaidOut);
    }

    /** An equal event in new memory, its time included (the constructor keeps a time that is already to the microsecond). */
    private static ActivityEvent laidOutAfresh(ActivityEvent e) {
        Instant at = Instant.ofEpochSecond(e.occurredAt().getEpochSecond(), e.occurredAt().getNano());
        return new ActivityEvent(e.workspace(), e.id(), e.leadId(), e.type(), e.category(), at, e.properties());
    }

    /**
     * Puts {@code e} into {@code events} (in {@link #ORDER}) in its place unless an event of its id is there: an event of one
     * id stored twice has one content, so only the events of its own moment can hold it. Looks back from the end, where
     * new events mostly go.
     */
    static void insert(List<ActivityEvent> events, ActivityEvent e) {
        int at = events.size();
        while (at > 0 && events.get(at - 1).occurredAt().isAfter(e.occurredAt())) {
            at--;
        }
        for (int i = at - 1; i >= 0 && events.get(i).occurredAt().equals(e.occurredAt()); i--) {
            int c = events.get(i).id().value().compareTo(e.id().value());
            if (c == 0) {
                return;
            }
            if (c > 0) {
                at = i;
            }
        }
        events.add(at, e);
    }

    private static boolean inOrder(ActivityEvent[] events) {
        for (int i = 1; i < events.length; i++) {
            if (ORDER.compare(events[i - 1], events[i]) > 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public ActivityEvent get(int index) {
        return events[index];
    }

    @Override
    public int size() {
        return events.length;
    }

    @Override
    public Object[] toArray() {
        return events.clone();
    }
}
