package dev.leadscope.rest.error;

/** A field in the request body names a record that does not exist (a lead, an account); answered with 422. */
public class UnknownReferenceException extends RuntimeException {
    private final String field;

    public UnknownReferenceException(String field, String kind, String id) {
        super(kind + " not found: " + id);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
