package dev.leadscope.ml.evaluation;

/** How good the top {@code fraction} of rows by score is: precision, share of all conversions found, and lift over the base rate. */
public record TopShare(double fraction, int rows, double precision, double recall, double lift) {
}
