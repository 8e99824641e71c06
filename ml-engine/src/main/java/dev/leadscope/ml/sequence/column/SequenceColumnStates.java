package dev.leadscope.ml.sequence.column;

import dev.leadscope.ml.sequence.LeadSequenceStates;
import dev.leadscope.ml.sequence.SequenceEvent;
import dev.leadscope.ml.sequence.SequenceModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The kept LSTM states of a {@link SequenceColumn}'s leads, one {@link LeadSequenceStates} per fold network: a
 * lead's new events step its states instead of re-reading its history, and a state is rebuilt from the history
 * after a restart, under another model or after an out-of-order event. Thread-safe.
 */
public final class SequenceColumnStates {
    private final SequenceColumn column;
    private final List<LeadSequenceStates> states;

    /** @param capacity most leads whose states are kept (past it some are dropped, and rebuilt when next used) */
    public SequenceColumnStates(SequenceColumn column, int capacity) {
        this.column = column;
        List<LeadSequenceStates> s = new ArrayList<>(column.folds().size());
        for (SequenceModel m : column.folds()) {
            s.add(new LeadSequenceStates(m, capacity));
        }
        this.states = List.copyOf(s);
    }

    public SequenceColumn column() {
        return column;
    }

    /**
     * The column's value for the lead at {@code at} from its kept states, brought up to date with its time-ordered
     * {@code events}: the same value as {@link SequenceColumn#value}.
     */
    public double value(String lead, List<SequenceEvent> events, Instant at) {
        double[] perFold = new double[states.size()];
        for (int k = 0; k < perFold.length; k++) {
            perFold[k] = states.get(k).scoreSynced(lead, events, at);
        }
        return SequenceColumn.mean(perFold);
    }

    /** How many times a fold's state was rebuilt from history, over all folds. */
    public long rebuilds() {
        long n = 0;
        for (LeadSequenceStates s : states) {
            n += s.rebuilds();
        }
        return n;
    }

    /** Leads with a kept state (in the first fold). */
    public int leads() {
        return states.get(0).size();
    }
}
