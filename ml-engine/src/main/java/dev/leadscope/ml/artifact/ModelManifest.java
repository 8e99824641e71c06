package dev.leadscope.ml.artifact;

import dev.leadscope.ml.calibration.Calibration;
import dev.leadscope.ml.evaluation.TierPolicy;
import dev.leadscope.ml.feature.FeatureSchema;
import dev.leadscope.ml.fit.BoostingParams;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a saved model carries besides its trees: what it reads (schema and hash), how its scores become
 * probabilities and tiers, and its provenance (data fingerprint, hyperparameters, seed, library versions,
 * metrics, creation time as ISO-8601 UTC).
 */
public record ModelManifest(int formatVersion, String modelVersion, String createdAt, String labelColumn,
                            String idColumn, List<String> excludedColumns, List<String> missingTokens,
                            FeatureSchema schema, String schemaHash, Calibration calibration, TierPolicy tiers,
                            BoostingParams params, int rounds, double scalePosWeight, long seed,
                            String dataFingerprint, int trainingRows, int trainingPositives,
                            String treesSha256, Map<String, String> libraryVersions, Map<String, Double> metrics) {
    public ModelManifest {
        Objects.requireNonNull(modelVersion, "modelVersion");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(schemaHash, "schemaHash");
        Objects.requireNonNull(calibration, "calibration");
        Objects.requireNonNull(tiers, "tiers");
        Objects.requireNonNull(params, "params");
        excludedColumns = List.copyOf(excludedColumns);
        missingTokens = List.copyOf(missingTokens);
        libraryVersions = Map.copyOf(libraryVersions);
        metrics = Map.copyOf(metrics);
    }
}
