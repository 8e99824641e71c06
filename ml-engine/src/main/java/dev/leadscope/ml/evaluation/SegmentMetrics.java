package dev.leadscope.ml.evaluation;

/** The model's quality on one segment of the held-out rows (e.g. {@code Lead Source = Google}). */
public record SegmentMetrics(String column, String value, int rows, int converted, double rocAuc,
                             double calibrationError, double meanProbability) {
}
