package dev.leadscope.rest.error;

/** The request carries more items than one call accepts; answered with 413. */
public class PayloadTooLargeException extends RuntimeException {
    private final String field;

    public PayloadTooLargeException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
