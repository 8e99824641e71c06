package dev.leadscope.rest.error;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Answers a body that refers to a record that does not exist with 422, naming the field. */
@Singleton
@Produces(Problem.MEDIA_TYPE)
public class UnknownReferenceHandler implements ExceptionHandler<UnknownReferenceException, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, UnknownReferenceException e) {
        return Problems.response(request, HttpStatus.UNPROCESSABLE_ENTITY, e.field() + ": " + e.getMessage(), e.field(), e.getMessage());
    }
}
