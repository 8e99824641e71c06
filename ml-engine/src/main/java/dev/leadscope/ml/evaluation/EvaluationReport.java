package dev.leadscope.ml.evaluation;

import java.util.List;
import java.util.Map;

/**
 * The full report of a training or evaluation run: data and split, the tree model and its comparison models
 * side by side, calibration choice, segments and their warnings, and feature importance.
 */
public record EvaluationReport(String title, String dataset, String split, int trainingRows, int heldRows,
                               int heldConverted, String calibration, double plattLogLoss, double isotonicLogLoss,
                               int rounds, Map<String, Object> hyperparameters, List<ModelMetrics> models,
                               List<SegmentMetrics> segments, List<String> warnings, List<Importance> importance,
                               String note) {
    public EvaluationReport {
        hyperparameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(hyperparameters));
        models = List.copyOf(models);
        segments = List.copyOf(segments);
        warnings = List.copyOf(warnings);
        importance = List.copyOf(importance);
    }
}
