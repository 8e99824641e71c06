package dev.leadscope.ml.feature;

/**
 * How columns become features.
 *
 * @param maxOneHotLevels   the most levels of a category that get their own feature; the rest go to "other"
 * @param minLevelCount     a level seen fewer times in training goes to "other"
 * @param targetEncoding    whether categories with more levels than {@code maxOneHotLevels} also get an
 *                          out-of-fold conversion-rate feature
 * @param targetFolds       folds for the out-of-fold rates
 * @param smoothing         pseudo-count pulling a rare level's rate toward the overall rate
 * @param textBuckets       hashed word features per text column
 */
public record FeatureOptions(int maxOneHotLevels, int minLevelCount, boolean targetEncoding, int targetFolds,
                             double smoothing, int textBuckets) {
    public static final FeatureOptions DEFAULTS = new FeatureOptions(20, 10, true, 5, 20.0, 16);

    public FeatureOptions {
        if (maxOneHotLevels < 1 || maxOneHotLevels > 1000) {
            throw new IllegalArgumentException("maxOneHotLevels must be between 1 and 1000: " + maxOneHotLevels);
        }
        if (minLevelCount < 1) {
            throw new IllegalArgumentException("minLevelCount must be at least 1: " + minLevelCount);
        }
        if (targetFolds < 2 || targetFolds > 20) {
            throw new IllegalArgumentException("targetFolds must be between 2 and 20: " + targetFolds);
        }
        if (!(smoothing >= 0)) {
            throw new IllegalArgumentException("smoothing must not be negative: " + smoothing);
        }
        if (textBuckets < 1 || textBuckets > 1024) {
            throw new IllegalArgumentException("textBuckets must be between 1 and 1024: " + textBuckets);
        }
    }
}
