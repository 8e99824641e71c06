package dev.leadscope.rest.cli.load;

/**
 * An event the service answered 2xx for, with the moments the lag is measured from, in epoch microseconds.
 *
 * @param lead          index of the lead in the run's event leads
 * @param id            the event's id
 * @param intendedMicros when the schedule meant to send it (the lag runs from here)
 * @param sentMicros    when the attempt that was accepted left the client: no score before it can include the event
 * @param measured      whether it was sent after the warm-up
 */
public record SentEvent(int lead, String id, long intendedMicros, long sentMicros, boolean measured) {
    public SentEvent {
        if (sentMicros < intendedMicros) {
            throw new IllegalArgumentException("an event cannot be sent before it is due: " + id);
        }
    }
}
