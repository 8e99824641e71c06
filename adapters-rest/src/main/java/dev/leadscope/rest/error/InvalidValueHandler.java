package dev.leadscope.rest.error;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Answers a value a domain record rejected with 400, naming the field its message starts with. */
@Singleton
@Produces(Problem.MEDIA_TYPE)
public class InvalidValueHandler implements ExceptionHandler<IllegalArgumentException, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, IllegalArgumentException e) {
        return Problems.response(request, HttpStatus.BAD_REQUEST, message(e), FieldNames.leadingField(message(e)), reason(message(e)));
    }

    private static String message(IllegalArgumentException e) {
        return e.getMessage() == null ? "invalid value" : e.getMessage();
    }

    private static String reason(String message) {
        String field = FieldNames.leadingField(message);
        return field == null ? message : message.substring(field.length()).strip();
    }
}
