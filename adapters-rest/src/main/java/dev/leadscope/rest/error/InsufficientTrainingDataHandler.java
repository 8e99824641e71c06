package dev.leadscope.rest.error;

import dev.leadscope.domain.port.in.InsufficientTrainingDataException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.List;

/** Answers a training request the stored history cannot support with 422, giving the examples needed and found. */
@Singleton
@Produces(Problem.MEDIA_TYPE)
public class InsufficientTrainingDataHandler implements ExceptionHandler<InsufficientTrainingDataException, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, InsufficientTrainingDataException e) {
        return Problems.response(request, HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage(), errors(e));
    }

    /** The counts as one error per class of example, so a client can read them without parsing the detail. */
    public static List<FieldError> errors(InsufficientTrainingDataException e) {
        return List.of(
                new FieldError("converted", "need at least " + e.positivesNeeded() + ", found " + e.positivesFound()),
                new FieldError("notConverted", "need at least " + e.negativesNeeded() + ", found " + e.negativesFound()));
    }
}
