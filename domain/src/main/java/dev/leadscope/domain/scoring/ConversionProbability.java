package dev.leadscope.domain.scoring;

/** Probability that a lead converts within the scoring horizon. */
public record ConversionProbability(double value) {
    public ConversionProbability {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException("probability must be in [0,1]: " + value);
        }
    }
}
