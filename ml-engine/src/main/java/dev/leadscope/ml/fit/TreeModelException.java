package dev.leadscope.ml.fit;

/** The native tree library failed to train, load or predict; the message says which and why. */
public class TreeModelException extends RuntimeException {
    public TreeModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
