package dev.leadscope.rest.error;

/** The request contradicts what is stored (an event id sent before with other content); answered with 409. */
public class ConflictException extends RuntimeException {
    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
