package dev.leadscope.rest.error;

import dev.leadscope.domain.port.in.NotFoundException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Answers a path naming a lead or account that does not exist with 404. */
@Singleton
@Produces(Problem.MEDIA_TYPE)
public class NotFoundHandler implements ExceptionHandler<NotFoundException, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, NotFoundException e) {
        return Problems.response(request, HttpStatus.NOT_FOUND, e.getMessage(), "id", e.getMessage());
    }
}
