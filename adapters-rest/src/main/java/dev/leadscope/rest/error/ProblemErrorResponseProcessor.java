package dev.leadscope.rest.error;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders every error the framework reports itself (unreadable JSON, wrong types, unknown routes, wrong
 * methods, media types, oversized bodies, unexpected failures) as a {@link Problem}.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
public class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemErrorResponseProcessor.class);

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> base) {
        HttpStatus status = base.status();
        HttpRequest<?> request = context.getRequest();
        Throwable cause = context.getRootCause().orElse(null);
        String detail;
        List<FieldError> errors = new ArrayList<>();
        if (status == HttpStatus.BAD_REQUEST && cause != null && DecodeFailures.isDecodingFailure(cause)) {
            FieldError error = DecodeFailures.describe(null, cause);
            errors.add(error);
            detail = DecodeFailures.isSyntaxError(cause)
                    ? "The request body is not well-formed JSON"
                    : error.field() + " " + error.reason();
        } else if (status.getCode() >= 500) {
            LOG.error("Request {} {} failed", request.getMethodName(), request.getPath(), cause);
            detail = "The server could not complete the request; the log has the details";
        } else if (status == HttpStatus.NOT_FOUND && !context.hasErrors() || isPageNotFound(context)) {
            detail = "Nothing is at " + request.getMethodName() + " " + request.getPath();
        } else {
            for (Error error : context.getErrors()) {
                String field = error.getPath().orElseGet(() -> FieldNames.leadingField(error.getMessage()));
                errors.add(new FieldError(field, error.getMessage()));
            }
            detail = errors.isEmpty() ? status.getReason() : errors.get(0).reason();
            if (status != HttpStatus.BAD_REQUEST) {
                errors.removeIf(e -> e.field() == null);
            }
        }
        MutableHttpResponse<Problem> response = base.body(Problems.problem(request, status, detail, errors));
        return response.contentType(Problem.MEDIA_TYPE);
    }

    private static boolean isPageNotFound(ErrorContext context) {
        return context.getErrors().size() == 1 && "Page Not Found".equals(context.getErrors().get(0).getMessage());
    }
}
