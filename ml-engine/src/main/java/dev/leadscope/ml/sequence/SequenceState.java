package dev.leadscope.ml.sequence;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A lead's running LSTM state after its events so far, tied to the model that made it: a state of another
 * model version is refused rather than used, so a changed model forces a rebuild from the events. Holds the
 * encoded steps of the events in the model's window, so that once the window is full the state can be rebuilt
 * from them alone. Immutable (the arrays are never written after construction).
 *
 * @param modelVersion the version of the sequence model that computed it
 * @param h            hidden state after the events in {@code window}
 * @param c            cell state after the events in {@code window}
 * @param window       the encoded steps of the last events, oldest first (at most the model's window)
 * @param first        time of the lead's first event, or null before any
 * @param last         time of the lead's latest event, or null before any
 * @param events       how many events the lead has had in all
 */
public record SequenceState(String modelVersion, float[] h, float[] c, List<float[]> window, Instant first, Instant last,
                            int events) {
    public SequenceState {
        Objects.requireNonNull(modelVersion, "modelVersion");
        if (h.length != c.length) {
            throw new IllegalArgumentException("hidden and cell state differ in size: " + h.length + " and " + c.length);
        }
        window = List.copyOf(window);
        if (events < window.size()) {
            throw new IllegalArgumentException("events (" + events + ") must be at least the steps kept (" + window.size() + ")");
        }
    }
}
