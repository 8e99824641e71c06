package dev.leadscope.rest.error;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Answers a request with invalid fields with 400 and every field at fault. */
@Singleton
@Produces(Problem.MEDIA_TYPE)
public class InvalidRequestHandler implements ExceptionHandler<InvalidRequestException, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, InvalidRequestException e) {
        return Problems.response(request, HttpStatus.BAD_REQUEST, e.getMessage(), e.errors());
    }
}
