package dev.leadscope.ml.evaluation;

/** A source column's share of the tree model's total split gain. */
public record Importance(String column, double gainShare) {
}
