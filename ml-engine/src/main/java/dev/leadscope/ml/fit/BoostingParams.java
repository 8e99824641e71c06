package dev.leadscope.ml.fit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hyperparameters of the gradient-boosted tree model; the defaults work without tuning on lead tables of a
 * few thousand to a few hundred thousand rows.
 *
 * @param maxDepth             depth of each tree
 * @param eta                  learning rate
 * @param subsample            share of rows each tree sees
 * @param colsampleByTree      share of features each tree sees
 * @param minChildWeight       least hessian weight in a leaf (guards against tiny leaves)
 * @param lambda               L2 penalty on leaf weights
 * @param maxRounds            most trees; early stopping usually ends sooner
 * @param earlyStoppingRounds  rounds without validation improvement before stopping
 * @param validationFraction   share of the training rows carved off for early stopping and calibration
 * @param weightClasses        whether to weight the positive class by negatives / positives (scale_pos_weight)
 */
public record BoostingParams(int maxDepth, double eta, double subsample, double colsampleByTree, double minChildWeight,
                             double lambda, int maxRounds, int earlyStoppingRounds, double validationFraction,
                             boolean weightClasses) {
    public static final BoostingParams DEFAULTS = new BoostingParams(5, 0.05, 0.8, 0.8, 2.0, 1.0, 2000, 50, 0.2, true);

    public BoostingParams {
        check("maxDepth", maxDepth, 1, 16);
        check("eta", eta, 0.001, 1.0);
        check("subsample", subsample, 0.1, 1.0);
        check("colsampleByTree", colsampleByTree, 0.1, 1.0);
        check("minChildWeight", minChildWeight, 0.0, 1000.0);
        check("lambda", lambda, 0.0, 1000.0);
        check("maxRounds", maxRounds, 1, 100_000);
        check("earlyStoppingRounds", earlyStoppingRounds, 1, 10_000);
        check("validationFraction", validationFraction, 0.05, 0.5);
    }

    private static void check(String name, double v, double min, double max) {
        if (!(v >= min && v <= max)) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ": " + v);
        }
    }

    /** The library parameters for one run. */
    Map<String, Object> toLibraryParams(long seed, int threads, double scalePosWeight) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("objective", "binary:logistic");
        p.put("eval_metric", "logloss");
        p.put("tree_method", "hist");
        p.put("max_depth", maxDepth);
        p.put("eta", eta);
        p.put("subsample", subsample);
        p.put("colsample_bytree", colsampleByTree);
        p.put("min_child_weight", minChildWeight);
        p.put("lambda", lambda);
        p.put("scale_pos_weight", scalePosWeight);
        p.put("seed", (int) (seed ^ (seed >>> 32)));
        p.put("nthread", threads);
        p.put("verbosity", 0);
        return p;
    }
}
