package dev.leadscope.rest.error;

import java.util.List;

/** The request is malformed in the fields listed; answered with 400. */
public class InvalidRequestException extends RuntimeException {
    private final transient List<FieldError> errors;

    public InvalidRequestException(String detail, List<FieldError> errors) {
        super(detail);
        this.errors = List.copyOf(errors);
    }

    public InvalidRequestException(String field, String reason) {
        this(field + " " + reason, List.of(new FieldError(field, reason)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
