package dev.leadscope.domain.port.out;

/**
 * No model can score right now: none is active, or the stored one cannot be loaded (its feature schema does not
 * match this version of the engine, or its bytes are damaged). The message says which.
 */
public class ModelUnavailableException extends RuntimeException {
    public ModelUnavailableException(String message) {
        super(message);
    }

    public ModelUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
