package dev.leadscope.rest.model;

import dev.leadscope.domain.scoring.ModelVersion;
import io.micronaut.serde.annotation.Serdeable;

/** The model that is active after an activation or a rollback. */
@Serdeable
public record ActivationResponse(String active) {

    public static ActivationResponse from(ModelVersion version) {
        return new ActivationResponse(version.value());
    }
}
