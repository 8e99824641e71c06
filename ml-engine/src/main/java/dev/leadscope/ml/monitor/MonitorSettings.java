package dev.leadscope.ml.monitor;

/**
 * What the monitor compares and when it alerts.
 *
 * @param psiThreshold     alert when the score's or a top feature's PSI exceeds this (0.2: a significant shift)
 * @param eceThreshold     alert when the calibration error on matured outcomes exceeds this
 * @param aucDrop          alert when the AUC on matured outcomes falls this far below the model's evaluation AUC
 * @param recentDays       the current population: leads active (created or with an event) in these last days
 * @param referenceWindows the reference: this many windows of {@code recentDays} before the model's data ended
 * @param topFeatures      how many of the model's most important features are watched for drift
 * @param maturedWeeks     weeks of snapshots with matured outcomes that calibration and AUC are measured on
 * @param minRows          fewer rows than this (or fewer than a tenth of it converted) leave a metric unmeasured
 * @param noiseFactor      a PSI alerts only above this many times its noise floor (the largest PSI of one reference
 *                         window against the others) when that is above {@code psiThreshold}
 */
public record MonitorSettings(double psiThreshold, double eceThreshold, double aucDrop, int recentDays, int referenceWindows,
                              int topFeatures, int maturedWeeks, int minRows, double noiseFactor) {
    public static final MonitorSettings DEFAULTS = new MonitorSettings(0.2, 0.05, 0.05, 7, 8, 10, 8, 200, 2.0);

    public MonitorSettings {
        if (!(psiThreshold > 0) || !(eceThreshold > 0) || !(aucDrop > 0)) {
            throw new IllegalArgumentException("thresholds must be positive: psi " + psiThreshold + ", ece " + eceThreshold
                    + ", auc drop " + aucDrop);
        }
        if (recentDays < 1 || recentDays > 90) {
            throw new IllegalArgumentException("recentDays must be between 1 and 90: " + recentDays);
        }
        if (referenceWindows < 1 || referenceWindows > 52) {
            throw new IllegalArgumentException("referenceWindows must be between 1 and 52: " + referenceWindows);
        }
        if (!(noiseFactor >= 1) || noiseFactor > 10) {
            throw new IllegalArgumentException("noiseFactor must be between 1 and 10: " + noiseFactor);
        }
        if (topFeatures < 1 || maturedWeeks < 1 || minRows < 10) {
            throw new IllegalArgumentException("topFeatures and maturedWeeks must be at least 1, minRows at least 10");
        }
    }
}
