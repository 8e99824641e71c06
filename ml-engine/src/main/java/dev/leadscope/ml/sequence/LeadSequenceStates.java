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
    private final Map<String, SequenceState> states = new ConcurrentHashMap<>();
    private volatile SequenceModel model;
    private long rebuilds;

    public LeadSequenceStates(SequenceModel model) {
        this.model = model;
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
