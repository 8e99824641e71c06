package dev.leadscope.rest.error;

import dev.leadscope.domain.port.in.ModelNotFoundException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Answers a model version the workspace does not have with 404 naming the version. */
@Singleton
@Produces(Problem.MEDIA_TYPE)
public class ModelNotFoundHandler implements ExceptionHandler<ModelNotFoundException, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ModelNotFoundException e) {
        return Problems.response(request, HttpStatus.NOT_FOUND, e.getMessage(), "version", "no model of version '" + e.id() + "'");
    }
}
