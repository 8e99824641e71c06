package dev.leadscope.ml.evaluation;

/** One row of a reliability table: rows whose probability fell in [lower, upper), what was predicted and what happened. */
public record ReliabilityBin(double lower, double upper, long count, double meanPredicted, double observedRate) {
}
