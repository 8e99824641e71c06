package dev.leadscope.ml.sequence;

/**
 * What one event did to a lead's sequence score: the probability with all events, without this one, and the
 * difference in percentage points (positive: the event raised the score).
 *
 * @param index   position of the event in the lead's history
 * @param event   the event
 * @param with    probability with every event
 * @param without probability with this event left out
 */
public record EventContribution(int index, SequenceEvent event, double with, double without) {
    public EventContribution {
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative: " + index);
        }
    }

    /** Percentage points the event added (negative when it lowered the score). */
    public double points() {
        return 100.0 * (with - without);
    }
}
