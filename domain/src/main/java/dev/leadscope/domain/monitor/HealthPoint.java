package dev.leadscope.domain.monitor;

/**
 * One point of a series behind the metrics: a calibration band (mean predicted probability against the actual
 * conversion rate) or a week's AUC (the model's own evaluation AUC against the week's).
 */
public record HealthPoint(String series, String label, double expected, double actual, int count) {
    /** The calibration series: per probability band, mean predicted and actual rate. */
    public static final String CALIBRATION = "calibration";
    /** The weekly AUC series: per snapshot week, the evaluation AUC and the matured outcomes' AUC. */
    public static final String WEEKLY_AUC = "auc_by_week";

    public HealthPoint {
        if (series == null || series.isBlank() || label == null || label.isBlank()) {
            throw new IllegalArgumentException("a point needs a series and a label");
        }
        if (!Double.isFinite(expected) || !Double.isFinite(actual)) {
            throw new IllegalArgumentException("point " + series + "/" + label + " must hold finite numbers");
        }
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
    }
}
