package dev.leadscope.rest.error;

import dev.leadscope.domain.port.in.AlreadyExistsException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Answers a create with an id already taken with 409. */
@Singleton
@Produces(Problem.MEDIA_TYPE)
public class AlreadyExistsHandler implements ExceptionHandler<AlreadyExistsException, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, AlreadyExistsException e) {
        return Problems.response(request, HttpStatus.CONFLICT, e.getMessage(), "id", e.getMessage());
    }
}
