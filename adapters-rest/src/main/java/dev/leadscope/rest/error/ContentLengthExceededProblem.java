package dev.leadscope.rest.error;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.server.exceptions.ContentLengthExceededHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Answers a body that passed the request limit while it streamed with 413, naming the limit and the setting that raises it. */
@Singleton
@Replaces(ContentLengthExceededHandler.class)
@Produces(Problem.MEDIA_TYPE)
public class ContentLengthExceededProblem implements ExceptionHandler<ContentLengthExceededException, HttpResponse<Problem>> {
    private final RequestSizeLimit limit;

    public ContentLengthExceededProblem(RequestSizeLimit limit) {
        this.limit = limit;
    }

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ContentLengthExceededException e) {
        return HttpResponse.<Problem>status(HttpStatus.REQUEST_ENTITY_TOO_LARGE).body(limit.problem(request.getPath(), -1))
                .contentType(Problem.MEDIA_TYPE);
    }
}
