package dev.leadscope.rest.error;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The one shape of every error the API returns, as {@code application/problem+json} (RFC 9457), with the
 * fields at fault in {@code errors}.
 */
@Serdeable
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {
    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }
}
