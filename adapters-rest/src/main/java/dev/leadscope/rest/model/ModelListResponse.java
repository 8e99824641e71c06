package dev.leadscope.rest.model;

import dev.leadscope.domain.scoring.ModelInfo;
import dev.leadscope.domain.scoring.ModelVersion;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** Every model of the workspace, newest first, and the version of the active one (null when none is). */
@Serdeable
public record ModelListResponse(String active, List<ModelResponse> items) {

    public static ModelListResponse from(List<ModelInfo> models, ModelVersion active) {
        return new ModelListResponse(active == null ? null : active.value(),
                models.stream().map(m -> ModelResponse.from(m, m.version().equals(active))).toList());
    }
}
