package dev.leadscope.ml.evaluation;

/** Conversion in one group of rows (a score band or a tier): how many, how many converted, the mean score. */
public record GroupRate(String group, int rows, int converted, double conversionRate, double meanProbability) {
}
