package dev.leadscope.ml.monitor;

/**
 * When a challenger may replace the active model.
 *
 * @param metric       {@code auc} (higher wins) or {@code log_loss} (lower wins)
 * @param margin       how much better the challenger must be on that metric
 * @param minRows      snapshots with known outcomes since the challenger was trained, at least
 * @param minPositives of which converted, at least
 */
public record PromotionPolicy(String metric, double margin, int minRows, int minPositives) {
    public static final PromotionPolicy DEFAULTS = new PromotionPolicy("auc", 0.01, 300, 20);

    public PromotionPolicy {
        if (!"auc".equals(metric) && !"log_loss".equals(metric)) {
            throw new IllegalArgumentException("metric must be auc or log_loss: " + metric);
        }
        if (!(margin >= 0)) {
            throw new IllegalArgumentException("margin must not be negative: " + margin);
        }
        if (minRows < 10 || minPositives < 1) {
            throw new IllegalArgumentException("minRows must be at least 10 and minPositives at least 1");
        }
    }
}
