package dev.leadscope.rest.security;

import dev.leadscope.rest.error.Problem;
import dev.leadscope.rest.error.Problems;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Answers a request the caller's role may not make with 403. */
@Singleton
@Produces(Problem.MEDIA_TYPE)
public class ForbiddenHandler implements ExceptionHandler<ForbiddenException, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ForbiddenException e) {
        return Problems.response(request, HttpStatus.FORBIDDEN, e.getMessage(), e.field(), e.getMessage());
    }
}
