package dev.leadscope.rest.error;

import io.micronaut.serde.annotation.Serdeable;

/** One problem with one input field: its path in the request ({@code events[3].occurredAt}) and what is wrong. */
@Serdeable
public record FieldError(String field, String reason) {
}
