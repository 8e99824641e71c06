package dev.leadscope.rest.error;

import dev.leadscope.domain.port.out.ModelUnavailableException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Answers a request that needs a model when none can be used (none active, or it cannot be loaded) with 503. */
@Singleton
@Produces(Problem.MEDIA_TYPE)
public class ModelUnavailableHandler implements ExceptionHandler<ModelUnavailableException, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ModelUnavailableException e) {
        return Problems.response(request, HttpStatus.SERVICE_UNAVAILABLE, e.getMessage(), "model", e.getMessage());
    }
}
