package dev.leadscope.rest.error;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Answers a request that contradicts stored data with 409. */
@Singleton
@Produces(Problem.MEDIA_TYPE)
public class ConflictHandler implements ExceptionHandler<ConflictException, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ConflictException e) {
        return Problems.response(request, HttpStatus.CONFLICT, e.getMessage(), e.field(), e.getMessage());
    }
}
