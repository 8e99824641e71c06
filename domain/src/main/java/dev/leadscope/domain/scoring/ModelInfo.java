package dev.leadscope.domain.scoring;

import dev.leadscope.domain.common.Instants;
import dev.leadscope.domain.common.WorkspaceId;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What is known about one trained model without loading it: version, when it was made, the hash of the feature
 * schema it expects, its provenance (data fingerprint, hyperparameters, library versions, seed...) and its
 * headline metrics on held-out data.
 */
public record ModelInfo(WorkspaceId workspace, ModelVersion version, Instant createdAt, String schemaHash,
                        Map<String, String> provenance, Map<String, Double> metrics) {

    public ModelInfo {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(version, "version");
        createdAt = Instants.micros(Objects.requireNonNull(createdAt, "createdAt"));
        if (schemaHash == null || !schemaHash.matches("[0-9a-f]{16,128}")) {
            throw new IllegalArgumentException("schemaHash must be 16-128 lower-case hex digits: '" + schemaHash + "'");
        }
        provenance = sorted("provenance", provenance);
        TreeMap<String, Double> m = new TreeMap<>();
        (metrics == null ? Map.<String, Double>of() : metrics).forEach((k, v) -> {
            if (k == null || k.isBlank() || v == null || !Double.isFinite(v)) {
                throw new IllegalArgumentException("metrics." + k + " must be a named finite number: " + v);
            }
            m.put(k, v);
        });
        metrics = Collections.unmodifiableMap(m);
    }

    private static Map<String, String> sorted(String field, Map<String, String> values) {
        TreeMap<String, String> copy = new TreeMap<>();
        (values == null ? Map.<String, String>of() : values).forEach((k, v) -> {
            if (k == null || k.isBlank() || v == null) {
                throw new IllegalArgumentException(field + "." + k + " must be a named value");
            }
            copy.put(k, v);
        });
        return Collections.unmodifiableMap(copy);
    }
}
