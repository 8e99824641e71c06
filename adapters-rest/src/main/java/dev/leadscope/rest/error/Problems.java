package dev.leadscope.rest.error;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import java.util.List;
import java.util.Map;

/** Builds problem responses, so every error of the API has the same shape, type and media type. */
public final class Problems {
    public static final String TYPE_BASE = "https://leadscope.dev/problems/";

    private static final Map<Integer, String> SLUGS = Map.ofEntries(
            Map.entry(400, "invalid-request"),
            Map.entry(401, "unauthorized"),
            Map.entry(403, "forbidden"),
            Map.entry(404, "not-found"),
            Map.entry(405, "method-not-allowed"),
            Map.entry(406, "not-acceptable"),
            Map.entry(409, "conflict"),
            Map.entry(413, "payload-too-large"),
            Map.entry(415, "unsupported-media-type"),
            Map.entry(422, "unprocessable-entity"),
            Map.entry(429, "too-many-requests"),
            Map.entry(500, "internal-error"),
            Map.entry(503, "unavailable"));

    private Problems() {
    }

    /** The problem body for {@code status}, about the request's path. */
    public static Problem problem(HttpRequest<?> request, HttpStatus status, String detail, List<FieldError> errors) {
        String slug = SLUGS.get(status.getCode());
        return new Problem(slug == null ? "about:blank" : TYPE_BASE + slug, status.getReason(), status.getCode(),
                detail == null ? status.getReason() : detail, request == null ? null : request.getPath(), errors);
    }

    /** The full response: status, problem body and {@code application/problem+json}. */
    public static MutableHttpResponse<Problem> response(HttpRequest<?> request, HttpStatus status, String detail, List<FieldError> errors) {
        return HttpResponse.<Problem>status(status)
                .body(problem(request, status, detail, errors))
                .contentType(Problem.MEDIA_TYPE);
    }

    /** A response with one field error. */
    public static MutableHttpResponse<Problem> response(HttpRequest<?> request, HttpStatus status, String detail, String field, String reason) {
        return response(request, status, detail, List.of(new FieldError(field, reason)));
    }
}
