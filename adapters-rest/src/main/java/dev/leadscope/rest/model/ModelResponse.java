package dev.leadscope.rest.model;

import dev.leadscope.domain.scoring.ModelInfo;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.Map;

/** A stored model as listed: version, whether it is the active one, schema, provenance and held-out metrics. */
@Serdeable
public record ModelResponse(String version, boolean active, Instant createdAt, String schemaHash, Map<String, String> provenance,
                            Map<String, Double> metrics) {

    public static ModelResponse from(ModelInfo info, boolean active) {
        return new ModelResponse(info.version().value(), active, info.createdAt(), info.schemaHash(), info.provenance(), info.metrics());
    }
}
