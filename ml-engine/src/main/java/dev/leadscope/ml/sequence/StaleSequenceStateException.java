package dev.leadscope.ml.sequence;

/** A lead's sequence state was computed by another model version; rebuild it from the lead's events. */
public final class StaleSequenceStateException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StaleSequenceStateException(String stateVersion, String modelVersion) {
        super("sequence state was made by model " + stateVersion + " but the model is " + modelVersion
                + "; rebuild it from the lead's events");
    }
}
