package dev.leadscope.ml.sequence;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Keeps each active lead's LSTM state so that a new event costs one step instead of a pass over the history.
 * A lead without a state (after a restart), with a state of another model version (after a model change) or
 * with an event older than its latest is rebuilt from its history, so a score never comes from a stale state.
 * Thread-safe; updates of one lead must not race each other (callers serialise events per lead).
 */
public final class LeadSequenceStates {
    /** Leads whose state is kept when no bound is given. */
    public static final int DEFAULT_CAPACITY = 1_000_000;

    private final Map<String, SequenceState> states = new ConcurrentHashMap<>();
    private volatile SequenceModel model;
    private final int capacity;
    private long rebuilds;

    public LeadSequenceStates(SequenceModel model) {
        this(model, DEFAULT_CAPACITY);
    }

    /** @param capacity most leads whose state is kept; past it, some state is dropped (and rebuilt when next used) */
    public LeadSequenceStates(SequenceModel model, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        }
        this.model = model;
        this.capacity = capacity;
    }

    /** Switches to another model; every kept state is rebuilt from its lead's history when next used. */
    public void useModel(SequenceModel next) {
        this.model = next;
    }

    public SequenceModel model() {
        return model;
    }

    /**
     * Takes a lead's new event and returns its log-odds at {@code now}.
     *
     * @param history the lead's whole time-ordered history including {@code event}; read only when a rebuild is needed
     */
    public double onEvent(String lead, SequenceEvent event, Instant now, Supplier<List<SequenceEvent>> history) {
        SequenceModel m = model;
        SequenceState s = states.get(lead);
        SequenceState next;
        if (s == null || !s.modelVersion().equals(m.version()) || (s.last() != null && event.at().isBefore(s.last()))) {
            next = rebuild(m, history);
        } else {
            next = m.advance(s, event);
        }
        states.put(lead, next);
        return m.logit(next, now);
    }

    /** The lead's log-odds at {@code at} from its kept state, rebuilt first when missing or of another model. */
    public double score(String lead, Instant at, Supplier<List<SequenceEvent>> history) {
        SequenceModel m = model;
        SequenceState s = states.get(lead);
        if (s == null || !s.modelVersion().equals(m.version())) {
            s = rebuild(m, history);
            states.put(lead, s);
        }
        return m.logit(s, at);
    }

    /**
     * The lead's log-odds at {@code at} from its kept state, brought up to date with {@code history} (the lead's
     * whole time-ordered history; only the events strictly before {@code at} are read): the events after those the
     * state has seen step it, one by one. The state is rebuilt from the history instead when there is none, when
     * another model made it, or when the history no longer starts with the events it has seen (an event arrived
     * out of order, at or before the latest one it read, or events were removed), so it is never stale.
     */
    public double scoreSynced(String lead, List<SequenceEvent> history, Instant at) {
        SequenceModel m = model;
        int end = 0;
        while (end < history.size() && history.get(end).at().isBefore(at)) {
            end++;
        }
        List<SequenceEvent> known = history.subList(0, end);
        SequenceState s = states.get(lead);
        if (s == null || !s.modelVersion().equals(m.version()) || !follows(s, known)) {
            s = rebuild(m, () -> known);
        } else if (s.events() < end) {
            for (int i = s.events(); i < end; i++) {
                s = m.advance(s, known.get(i));
            }
        }
        keep(lead, s);
        return m.logit(s, at);
    }

    /** Whether {@code known} begins with exactly the events the state has read: as many up to its latest, none at it after. */
    private static boolean follows(SequenceState s, List<SequenceEvent> known) {
        int n = s.events();
        if (n == 0) {
            return true;
        }
        if (known.size() < n || !known.get(n - 1).at().equals(s.last()) || !known.get(0).at().equals(s.first())) {
            return false;
        }
        return known.size() == n || known.get(n).at().isAfter(s.last());
    }

    private void keep(String lead, SequenceState s) {
        if (states.size() >= capacity && !states.containsKey(lead)) {
            var it = states.keySet().iterator();
            if (it.hasNext()) {
                states.remove(it.next());
            }
        }
        states.put(lead, s);
    }

    /** How many leads have a kept state. */
    public int size() {
        return states.size();
    }

    /** Drops a lead's state (e.g. when it closed). */
    public void forget(String lead) {
        states.remove(lead);
    }

    /** How many times a state was rebuilt from history since this object was made. */
    public synchronized long rebuilds() {
        return rebuilds;
    }

    private SequenceState rebuild(SequenceModel m, Supplier<List<SequenceEvent>> history) {
        synchronized (this) {
            rebuilds++;
        }
        return m.rebuild(history.get());
    }
}
