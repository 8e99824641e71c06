package dev.leadscope.rest.error;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Answers a request with more items than one call accepts with 413. */
@Singleton
@Produces(Problem.MEDIA_TYPE)
public class PayloadTooLargeHandler implements ExceptionHandler<PayloadTooLargeException, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, PayloadTooLargeException e) {
        return Problems.response(request, HttpStatus.REQUEST_ENTITY_TOO_LARGE, e.getMessage(), e.field(), e.getMessage());
    }
}
