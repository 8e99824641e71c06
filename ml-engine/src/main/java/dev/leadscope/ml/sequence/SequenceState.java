package dev.leadscope.ml.sequence;

import java.time.Instant;
import java.util.Objects;

/**
 * A lead's running LSTM state after its events so far, tied to the model that made it: a state of another
 * model version is refused rather than used, so a changed model forces a rebuild from the events. Holds the
 * state over the events the network reads now (from the current block's start) and the state over the events
 * since the next block's start, which takes over when the window moves on. Immutable (the arrays are never
 * written after construction).
 *
 * @param modelVersion the version of the sequence model that computed it
 * @param h            hidden state over the events read now
 * @param c            cell state over the events read now
 * @param nextH        hidden state over the events since the next block's start (zeros before it)
 * @param nextC        cell state over the events since the next block's start
 * @param first        time of the lead's first event, or null before any
 * @param last         time of the lead's latest event, or null before any
 * @param events       how many events the lead has had in all
 */
public record SequenceState(String modelVersion, float[] h, float[] c, float[] nextH, float[] nextC, Instant first, Instant last,
                            int events) {
    public SequenceState {
        Objects.requireNonNull(modelVersion, "modelVersion");
        if (h.length != c.length || nextH.length != h.length || nextC.length != h.length) {
            throw new IllegalArgumentException("state parts differ in size: " + h.length + ", " + c.length + ", "
                    + nextH.length + ", " + nextC.length);
        }
        if (events < 0) {
            throw new IllegalArgumentException("events must not be negative: " + events);
        }
    }
}
