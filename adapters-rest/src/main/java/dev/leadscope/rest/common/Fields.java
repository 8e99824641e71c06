package dev.leadscope.rest.common;

import dev.leadscope.rest.error.FieldError;
import dev.leadscope.rest.error.FieldNames;
import dev.leadscope.rest.error.InvalidRequestException;
import java.util.List;
import java.util.function.Supplier;

/** Builds domain values from request fields, so that a rejected value is reported under its path in the request. */
public final class Fields {
    private Fields() {
    }

    /**
     * Runs {@code build}; an {@link IllegalArgumentException} it throws becomes an {@link InvalidRequestException}
     * naming {@code prefix} joined with the field the message names ({@code firmographics.employees}).
     */
    public static <T> T within(String prefix, Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw invalid(prefix, e);
        }
    }

    /** Runs {@code build}; an {@link IllegalArgumentException} it throws is reported as a problem with {@code field}. */
    public static <T> T named(String field, Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            FieldError error = error(null, e);
            throw new InvalidRequestException(field + " " + error.reason(), List.of(new FieldError(field, error.reason())));
        }
    }

    /** The field error for a domain rejection, under {@code prefix}. */
    public static FieldError error(String prefix, IllegalArgumentException e) {
        String message = e.getMessage() == null ? "is invalid" : e.getMessage();
        String field = FieldNames.leadingField(message);
        String reason = field == null ? message : message.substring(field.length()).strip();
        return new FieldError(FieldNames.join(prefix, field), reason);
    }

    private static InvalidRequestException invalid(String prefix, IllegalArgumentException e) {
        FieldError error = error(prefix, e);
        return new InvalidRequestException((error.field() == null ? "" : error.field() + " ") + error.reason(), List.of(error));
    }
}
