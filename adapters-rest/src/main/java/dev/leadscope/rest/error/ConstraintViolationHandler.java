package dev.leadscope.rest.error;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Comparator;
import java.util.List;

/** Answers Bean Validation failures with 400, one error per field, named by its path in the request body. */
@Singleton
@Produces(Problem.MEDIA_TYPE)
@Replaces(ConstraintExceptionHandler.class)
public class ConstraintViolationHandler implements ExceptionHandler<ConstraintViolationException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ConstraintViolationException e) {
        List<FieldError> errors = fieldErrors(null, e.getConstraintViolations());
        String detail = errors.isEmpty() ? "The request is invalid"
                : errors.size() == 1 ? errors.get(0).field() + " " + errors.get(0).reason()
                : errors.size() + " fields are invalid";
        return Problems.response(request, HttpStatus.BAD_REQUEST, detail, errors);
    }

    /** One error per violation, sorted by field, each field prefixed with {@code prefix}. */
    public static List<FieldError> fieldErrors(String prefix, java.util.Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(v -> new FieldError(FieldNames.join(prefix, path(v.getPropertyPath())), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }

    /** The path without the method and body-parameter nodes: {@code source.channel}, {@code events[2].id}, {@code limit}. */
    static String path(Path path) {
        StringBuilder sb = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (kind == ElementKind.PARAMETER) {
                parameter = node.getName();
                sb.setLength(0);
                continue;
            }
            if (node.getIndex() != null) {
                sb.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                sb.append('[').append(node.getKey()).append(']');
            }
            if (node.getName() != null && !node.getName().isEmpty() && kind != ElementKind.CONTAINER_ELEMENT) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(node.getName());
            }
        }
        // a query or path parameter is the field itself; a body parameter only holds the fields
        return sb.length() > 0 ? sb.toString() : parameter;
    }
}
