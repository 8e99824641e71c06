package dev.leadscope.ml.sequence.column;

import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.ml.sequence.SequenceEvent;
import dev.leadscope.ml.sequence.SequenceModel;
import dev.leadscope.ml.snapshot.LeadHistory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The LSTM column of a conversion model: the mean log-odds of its fold networks over the lead's own events
 * before the moment scored (the column the trees read). Every path (one lead, a kept state, bulk) runs the same
 * plain-Java forward pass over the same weights, so they agree to the last bit. Immutable and thread-safe.
 */
public final class SequenceColumn {
    /** The column's name among the model's features and reasons. */
    public static final String NAME = "sequence.lstm";

    private final List<SequenceModel> folds;

    public SequenceColumn(List<SequenceModel> folds) {
        Objects.requireNonNull(folds, "folds");
        if (folds.isEmpty() || folds.size() > 10) {
            throw new IllegalArgumentException("a sequence column needs 1 to 10 fold networks: " + folds.size());
        }
        this.folds = List.copyOf(folds);
    }

    public List<SequenceModel> folds() {
        return folds;
    }

    /** The fold networks' versions, in order, comma-separated: what the model's schema hash covers. */
    public String versions() {
        return String.join(",", folds.stream().map(SequenceModel::version).toList());
    }

    /** The lead's own events in time order, as the sequence model reads them. */
    public static List<SequenceEvent> events(LeadHistory history) {
        List<ActivityEvent> events = history.events();
        List<SequenceEvent> out = new ArrayList<>(events.size());
        for (ActivityEvent e : events) {
            out.add(SequenceEvent.of(e));
        }
        return out;
    }

    /** The column's value at {@code at} from the lead's time-ordered events (only those before {@code at} are read). */
    public double value(List<SequenceEvent> events, Instant at) {
        double sum = 0;
        for (SequenceModel m : folds) {
            sum += m.logit(events, at);
        }
        return sum / folds.size();
    }

    /** The mean of per-fold log-odds, summed in fold order (how every path combines them). */
    static double mean(double[] perFold) {
        double sum = 0;
        for (double z : perFold) {
            sum += z;
        }
        return sum / perFold.length;
    }

    /** The column's value of each history at {@code at}, on every core. */
    public double[] values(List<LeadHistory> histories, Instant at) {
        double[] out = new double[histories.size()];
        IntStream.range(0, out.length).parallel().forEach(i -> out[i] = value(events(histories.get(i)), at));
        return out;
    }

    /** The column's value of each event list at its own moment, on every core. */
    public double[] values(List<List<SequenceEvent>> events, List<Instant> at) {
        if (events.size() != at.size()) {
            throw new IllegalArgumentException(events.size() + " event lists but " + at.size() + " moments");
        }
        double[] out = new double[events.size()];
        IntStream.range(0, out.length).parallel().forEach(i -> out[i] = value(events.get(i), at.get(i)));
        return out;
    }

    /**
     * What each of the latest {@code recent} events before {@code at} did to the column, as the probability of the mean
     * log-odds with every event against with that one left out (later gaps re-computed as if it never happened): the
     * per-event attribution of {@link SequenceModel#attribute} for the column, kept to the latest events so that it
     * stays cheap enough for every scored lead. Each fold's states over the events before the one left out are shared
     * ({@link SequenceModel#advance}), so leaving out one of the last k events costs k steps, not a pass over the window.
     */
    public List<dev.leadscope.ml.sequence.EventContribution> attributeRecent(List<SequenceEvent> events, Instant at, int recent) {
        int end = 0;
        while (end < events.size() && events.get(end).at().isBefore(at)) {
            end++;
        }
        int from = Math.max(0, end - recent);
        double with = 0;
        double[] without = new double[end - from];
        for (SequenceModel m : folds) {
            dev.leadscope.ml.sequence.SequenceState s = m.start();
            for (int j = 0; j < from; j++) {
                s = m.advance(s, events.get(j));
            }
            for (int i = from; i < end; i++) {
                // s holds the events before i: step past i without it, then score
                dev.leadscope.ml.sequence.SequenceState skip = s;
                for (int j = i + 1; j < end; j++) {
                    skip = m.advance(skip, events.get(j));
                }
                without[i - from] += m.logit(skip, at);
                s = m.advance(s, events.get(i));
            }
            with += m.logit(s, at);
        }
        double p = sigmoid(with / folds.size());
        List<dev.leadscope.ml.sequence.EventContribution> out = new ArrayList<>(without.length);
        for (int i = from; i < end; i++) {
            out.add(new dev.leadscope.ml.sequence.EventContribution(i, events.get(i), p, sigmoid(without[i - from] / folds.size())));
        }
        return out;
    }

    private static double sigmoid(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }
}
