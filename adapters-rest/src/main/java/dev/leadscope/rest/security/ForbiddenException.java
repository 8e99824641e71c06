package dev.leadscope.rest.security;

/** The caller's role may call the endpoint but not with this request (e.g. training with activation without admin). */
public class ForbiddenException extends RuntimeException {
    private final String field;

    public ForbiddenException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
