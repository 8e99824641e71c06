package dev.leadscope.ml.sequence.evaluation;

import dev.leadscope.ml.sequence.SequenceEvent;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One example of a sequence evaluation: the events known before the scoring moment, the static profile
 * values of the entity, the outcome, the group it belongs to (case or account: folds never split a group) and
 * the slice it is reported under (e.g. the prefix length).
 *
 * @param group   the case or account the example belongs to
 * @param slice   the report slice, e.g. the prefix length; 0 when there is none
 * @param at      the scoring moment; every event is strictly before it
 * @param events  the time-ordered events before {@code at}
 * @param profile static values, one per profile column of the dataset (NaN = missing)
 * @param label   1 when converted
 */
public record LabelledSequence(String group, int slice, Instant at, List<SequenceEvent> events, float[] profile, int label) {
    public LabelledSequence {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(at, "at");
        events = List.copyOf(events);
        if (label != 0 && label != 1) {
            throw new IllegalArgumentException("label must be 0 or 1: " + label);
        }
        for (SequenceEvent e : events) {
            if (!e.at().isBefore(at)) {
                throw new IllegalArgumentException("example of " + group + ": event at " + e.at() + " is not before the scoring moment " + at);
            }
        }
    }
}
