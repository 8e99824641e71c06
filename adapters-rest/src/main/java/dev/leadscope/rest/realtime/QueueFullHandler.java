package dev.leadscope.rest.realtime;

import dev.leadscope.rest.error.Problem;
import dev.leadscope.rest.error.Problems;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Answers an ingest that found the rescoring queue full with 429, the wait in Retry-After, and nothing stored. */
@Singleton
@Produces(Problem.MEDIA_TYPE)
public class QueueFullHandler implements ExceptionHandler<QueueFullException, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, QueueFullException e) {
        return Problems.response(request, HttpStatus.TOO_MANY_REQUESTS, e.getMessage(), "events", "the rescoring queue is full")
                .header("Retry-After", Integer.toString(e.retryAfterSeconds()));
    }
}
