package dev.leadscope.domain.rescoring;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The leads waiting to be rescored, oldest first, with every event queued for one lead coalesced into one entry so
 * that one rescoring covers them all. It is bounded in events: a sender reserves room before it stores anything and
 * is refused ({@link #tryReserve}) or waits ({@link #reserve}) when the queue is full, so an accepted event always
 * has a place. Several workers share it through {@link #claim} and {@link #finish}: a lead claimed by one is not given
 * to another until that one finishes it, so each lead is rescored by one thread at a time and in the order of its
 * events. Thread-safe.
 */
public final class CoalescingQueue {

    /** One lead to rescore, covering {@code events} events, the first of them accepted at {@code since}. */
    public record Queued(WorkspaceId workspace, LeadId lead, int events, Instant since) {
        public Queued {
            Objects.requireNonNull(workspace, "workspace");
            Objects.requireNonNull(lead, "lead");
            Objects.requireNonNull(since, "since");
        }
    }

    private record Key(WorkspaceId workspace, LeadId lead) {
    }

    private final int capacity;
    private final LinkedHashMap<Key, Queued> waiting = new LinkedHashMap<>();
    private final Set<Key> claimed = new HashSet<>();
    private long queuedEvents;
    private long reservedEvents;

    /** @param capacity how many events may be queued or reserved at once (at least 1) */
    public CoalescingQueue(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        }
        this.capacity = capacity;
    }

    public int capacity() {
        return capacity;
    }

    /**
     * Reserves room for {@code events} events if there is some, else returns false at once. A request larger than the
     * whole capacity is let in when nothing else is queued or reserved, so it is never refused forever.
     */
    public synchronized boolean tryReserve(int events) {
        checkCount(events);
        if (!fits(events)) {
            return false;
        }
        reservedEvents += events;
        return true;
    }

    /** Reserves room for {@code events} events, waiting as long as the queue is full. */
    public synchronized void reserve(int events) throws InterruptedException {
        checkCount(events);
        while (!fits(events)) {
            wait();
        }
        reservedEvents += events;
    }

    /** Gives back reserved room that was not used (events rejected, or the request failed). */
    public synchronized void release(int events) {
        checkCount(events);
        if (events > reservedEvents) {
            throw new IllegalStateException("releasing " + events + " events but only " + reservedEvents + " are reserved");
        }
        reservedEvents -= events;
        notifyAll();
    }

    /**
     * Queues accepted events per lead out of room reserved before; a lead already waiting keeps its place and its
     * first acceptance time, and now covers these events too.
     */
    public synchronized void enqueueReserved(WorkspaceId workspace, Map<LeadId, Integer> eventsPerLead, Instant acceptedAt) {
        long total = eventsPerLead.values().stream().mapToLong(Integer::longValue).sum();
        if (total > reservedEvents) {
            throw new IllegalStateException("queueing " + total + " events but only " + reservedEvents + " are reserved");
        }
        reservedEvents -= total;
        add(workspace, eventsPerLead, acceptedAt);
    }

    /**
     * Queues leads without a reservation: for work that is already durable elsewhere (pending markers found after a
     * restart, a lead changed by a note or an outcome), which must never be refused.
     */
    public synchronized void enqueue(WorkspaceId workspace, Map<LeadId, Integer> eventsPerLead, Instant acceptedAt) {
        add(workspace, eventsPerLead, acceptedAt);
    }

    /**
     * Takes up to {@code max} leads, oldest first, waiting up to {@code timeout} for the first; an empty list when
     * nothing came.
     */
    public synchronized List<Queued> take(int max, long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (waiting.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return List.of();
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        List<Queued> out = new ArrayList<>(Math.min(max, waiting.size()));
        Iterator<Queued> it = waiting.values().iterator();
        while (it.hasNext() && out.size() < max) {
            Queued q = it.next();
            it.remove();
            queuedEvents -= q.events();
            out.add(q);
        }
        notifyAll();
        return out;
    }

    /**
     * Takes up to {@code max} leads, oldest first, that no other worker has claimed and not finished, and claims them,
     * waiting up to {@code timeout} for the first; an empty list when none came. A claimed lead that gets new events
     * waits in the queue again, for whoever claims it once it is finished.
     */
    public List<Queued> claim(int max, long timeout, TimeUnit unit) throws InterruptedException {
        return claim(max, unit.toNanos(timeout), 0);
    }

    /**
     * As {@link #claim(int, long, TimeUnit)}, but once the first lead is claimed it goes on gathering the leads that come
     * for up to {@code lingerNanos} more, unless {@code max} are claimed first: one batch then covers the leads of a
     * few milliseconds of events instead of one lead each, when they arrive one at a time.
     */
    public synchronized List<Queued> claim(int max, long timeoutNanos, long lingerNanos) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutNanos;
        List<Queued> out = new ArrayList<>();
        while (true) {
            Iterator<Queued> it = waiting.values().iterator();
            int before = out.size();
            while (it.hasNext() && out.size() < max) {
                Queued q = it.next();
                Key key = new Key(q.workspace(), q.lead());
                if (claimed.add(key)) {
                    it.remove();
                    queuedEvents -= q.events();
                    out.add(q);
                }
            }
            if (out.size() > before) {
                notifyAll();  // room was freed for senders waiting on a full queue
                if (before == 0) {
                    deadline = System.nanoTime() + lingerNanos;
                }
            }
            if (out.size() >= max) {
                return out;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return out.isEmpty() ? List.of() : out;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    /** Ends the claim on these leads: their next entries may now be claimed. */
    public synchronized void finish(Collection<Queued> done) {
        for (Queued q : done) {
            claimed.remove(new Key(q.workspace(), q.lead()));
        }
        notifyAll();
    }

    /** Whether a worker has claimed the lead and not finished it. */
    public synchronized boolean claimed(WorkspaceId workspace, LeadId lead) {
        return claimed.contains(new Key(workspace, lead));
    }

    /** Whether the lead waits to be rescored. */
    public synchronized boolean contains(WorkspaceId workspace, LeadId lead) {
        return waiting.containsKey(new Key(workspace, lead));
    }

    /** Events queued or reserved: what the bound applies to. */
    public synchronized long depth() {
        return queuedEvents + reservedEvents;
    }

    /** Leads waiting. */
    public synchronized int leads() {
        return waiting.size();
    }

    private void add(WorkspaceId workspace, Map<LeadId, Integer> eventsPerLead, Instant acceptedAt) {
        Objects.requireNonNull(acceptedAt, "acceptedAt");
        eventsPerLead.forEach((lead, n) -> {
            checkCount(n);
            waiting.merge(new Key(workspace, lead), new Queued(workspace, lead, n, acceptedAt),
                    (old, now) -> new Queued(workspace, lead, old.events() + now.events(), old.since()));
            queuedEvents += n;
        });
        notifyAll();
    }

    private boolean fits(int events) {
        long used = queuedEvents + reservedEvents;
        return used + events <= capacity || used == 0;
    }

    private static void checkCount(int events) {
        if (events < 0) {
            throw new IllegalArgumentException("event count must not be negative: " + events);
        }
    }
}
