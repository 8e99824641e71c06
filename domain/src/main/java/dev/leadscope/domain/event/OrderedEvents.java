package dev.leadscope.domain.event;

import dev.leadscope.domain.common.TimeWindow;
import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.RandomAccess;
import java.util.concurrent.atomic.AtomicInteger;

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
    private static final OrderedEvents EMPTY = new OrderedEvents(new ActivityEvent[0], 0, 0, null);
    /** Lists shorter than this are never laid out afresh: they are cheap to go through wherever they lie. */
    private static final int LAID_OUT_FROM = 32;
    /** The least room a list made by {@link #with} leaves after its events for the next ones. */
    private static final int MIN_ROOM = 8;

    /** The events in their first {@link #size} slots; slots after them are room that a later list may fill. */
    private final ActivityEvent[] events;
    private final int size;
    /** How many of the events were put in by {@link #with} since the list was last laid out afresh. */
    private final int addedSinceLaidOut;
    /**
     * How many slots of {@link #events} are filled, shared by every list over that array (null when it has no room):
     * a list may put new events into the room after its own only while no other list has, so each slot is written once
     * and every list keeps seeing exactly its own events.
     */
    private final AtomicInteger filled;

    private OrderedEvents(ActivityEvent[] events, int size, int addedSinceLaidOut, AtomicInteger filled) {
        this.events = events;
        this.size = size;
        this.addedSinceLaidOut = addedSinceLaidOut;
        this.filled = filled;
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
        return copy.length == 0 ? EMPTY : new OrderedEvents(copy, copy.length, 0, null);
    }

    /**
     * The events (oldest first) with {@code from <= occurredAt < to}, at most the first {@code limit} of them: the same as
     * a store's windowed read. On an ordered list this is a view found by binary search, without going through the
     * events before the window; any other list is filtered into a new one.
     */
    public static List<ActivityEvent> window(List<ActivityEvent> events, Instant from, Instant to, int limit) {
        if (events instanceof OrderedEvents ordered) {
            int start = ordered.firstAtOrAfter(from);
            // in long: a limit of Integer.MAX_VALUE ("all of them") must not wrap around
            int end = (int) Math.min(ordered.firstAtOrAfter(to), (long) start + Math.max(0, limit));
            return start >= end ? List.of() : ordered.subList(start, end);
        }
        return TimeWindow.of(events, ActivityEvent::occurredAt, from, to, limit);
    }

    /** The index of the first event at or after {@code t} ({@link #size()} when none is). */
    private int firstAtOrAfter(Instant t) {
        int lo = 0;
        int hi = size;
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
     * <p>
     * New events that all come after the last one held go into the room left after it, when there is room and no other
     * list took it first: the common case of a lead's next event then costs neither a copy of its whole history nor the
     * collector's copying of that copy. Otherwise the events are copied into a new array with room for a quarter more.
     */
    public OrderedEvents with(List<ActivityEvent> added) {
        if (added.isEmpty()) {
            return this;
        }
        OrderedEvents appended = appendedInPlace(added);
        if (appended != null) {
            return appended;
        }
        List<ActivityEvent> all = new ArrayList<>(size + added.size());
        all.addAll(this);
        for (ActivityEvent e : added) {
            insert(all, e);
        }
        int n = all.size();
        ActivityEvent[] array = all.toArray(new ActivityEvent[n + Math.max(MIN_ROOM, n / 4)]);
        int sinceLaidOut = addedSinceLaidOut + (n - size);
        if (n >= LAID_OUT_FROM && sinceLaidOut * 4 >= n) {
            for (int i = 0; i < n; i++) {
                array[i] = laidOutAfresh(array[i]);
            }
            sinceLaidOut = 0;
        }
        return new OrderedEvents(array, n, sinceLaidOut, new AtomicInteger(n));
    }

    /**
     * This list with {@code added} after its events in the room of the same array, or null when they do not all come
     * after the last event held in order, the room is too small or taken, or the list is due to be laid out afresh.
     */
    private OrderedEvents appendedInPlace(List<ActivityEvent> added) {
        int k = added.size();
        int n = size + k;
        int sinceLaidOut = addedSinceLaidOut + k;
        if (filled == null || n > events.length || (n >= LAID_OUT_FROM && sinceLaidOut * 4 >= n)) {
            return null;
        }
        ActivityEvent previous = size == 0 ? null : events[size - 1];
        for (ActivityEvent e : added) {
            if (previous != null && ORDER.compare(previous, e) >= 0) {
                return null;
            }
            previous = e;
        }
        if (!filled.compareAndSet(size, n)) {
            return null;
        }
        for (int i = 0; i < k; i++) {
            events[size + i] = added.get(i);
        }
        return new OrderedEvents(events, n, sinceLaidOut, filled);
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
        if (index >= size) {
            throw new IndexOutOfBoundsException("index " + index + " of " + size + " events");
        }
        return events[index];
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Object[] toArray() {
        return Arrays.copyOf(events, size, Object[].class);
    }
}
