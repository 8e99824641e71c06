package dev.leadscope.ml.calibration;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Maps a model's raw log-odds to a probability that matches observed conversion rates ("12 %" means 12 of
 * 100 such leads convert). Implementations are immutable values stored in model artifacts.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "method")
@JsonSubTypes({
    @JsonSubTypes.Type(value = PlattScaling.class, name = "platt"),
    @JsonSubTypes.Type(value = IsotonicCalibration.class, name = "isotonic")
})
public sealed interface Calibration permits PlattScaling, IsotonicCalibration {
    /** Probabilities are kept this far from 0 and 1 so log loss stays finite. */
    double EPSILON = 1e-4;

    /** The calibrated probability for a raw log-odds score. */
    double apply(double margin);

    /** A short name: "platt" or "isotonic". */
    String name();

    static double clip(double p) {
        return Math.min(1 - EPSILON, Math.max(EPSILON, p));
    }
}
