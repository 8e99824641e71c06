package dev.leadscope.ml.monitor;

/**
 * The fall of a model's ROC AUC on matured outcomes below its evaluation AUC, held to a threshold raised by the
 * sampling error of an AUC measured on that few outcomes: a handful of converted leads moves an AUC by more than the
 * usual 0.05 by chance alone, so only a fall larger than {@link #Z} standard errors (one-sided 95 %) alerts.
 * The standard error is Hanley and McNeil's (1982) for an AUC of that value on that many positives and negatives.
 *
 * @param drop          evaluation AUC minus the AUC on matured outcomes
 * @param standardError the sampling standard error of the matured AUC
 * @param threshold     {@code max(base, Z x standardError)}
 */
public record AucDropCheck(double drop, double standardError, double threshold) {
    /** Standard errors a fall must pass: the one-sided 95 % quantile of the normal distribution. */
    public static final double Z = 1.645;

    public AucDropCheck {
        if (!(standardError >= 0) || !(threshold > 0)) {
            throw new IllegalArgumentException("standard error must be non-negative and threshold positive: "
                    + standardError + ", " + threshold);
        }
    }

    /** Whether the fall passes its threshold. */
    public boolean alert() {
        return drop > threshold;
    }

    /** The check of {@code auc}, measured on {@code positives} converted and {@code negatives} other rows. */
    public static AucDropCheck of(double evaluationAuc, double auc, int positives, int negatives, double base) {
        if (!(base > 0)) {
            throw new IllegalArgumentException("base must be positive: " + base);
        }
        double se = standardError(auc, positives, negatives);
        return new AucDropCheck(evaluationAuc - auc, se, Math.max(base, Z * se));
    }

    /** Hanley and McNeil's standard error of an AUC of {@code auc} on {@code positives} and {@code negatives}. */
    static double standardError(double auc, int positives, int negatives) {
        if (positives < 1 || negatives < 1) {
            throw new IllegalArgumentException("an AUC needs a positive and a negative: " + positives + ", " + negatives);
        }
        double q1 = auc / (2 - auc);
        double q2 = 2 * auc * auc / (1 + auc);
        double variance = (auc * (1 - auc) + (positives - 1) * (q1 - auc * auc) + (negatives - 1) * (q2 - auc * auc))
                / ((double) positives * negatives);
        return Math.sqrt(Math.max(0, variance));
    }
}
