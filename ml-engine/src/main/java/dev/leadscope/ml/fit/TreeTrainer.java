package dev.leadscope.ml.fit;

import java.util.LinkedHashMap;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * Trains the gradient-boosted tree classifier: weights the classes, stops early on the validation rows, then
 * refits the same seeded run to the best number of rounds so the saved model holds exactly those trees.
 */
public final class TreeTrainer {
    private final BoostingParams params;
    private final int threads;

    public TreeTrainer(BoostingParams params, int threads) {
        this.params = params;
        this.threads = Math.max(1, threads);
    }

    /** The model and the number of rounds early stopping chose. */
    public record Trained(TreeModel model, int rounds, double scalePosWeight) {
    }

    /**
     * Trains on {@code xTrain} (row-major, {@code features} wide) and stops on {@code xValid}.
     *
     * @throws TreeModelException when the native library fails
     */
    public Trained train(float[] xTrain, int[] yTrain, float[] xValid, int[] yValid, int features, long seed) {
        double pos = 0;
        for (int y : yTrain) {
            pos += y;
        }
        double neg = yTrain.length - pos;
        double spw = params.weightClasses() && pos > 0 ? neg / pos : 1.0;
        Map<String, Object> p = params.toLibraryParams(seed, threads, spw);
        DMatrix train = null;
        DMatrix valid = null;
        try {
            train = labelled(xTrain, yTrain, features);
            valid = labelled(xValid, yValid, features);
            Map<String, DMatrix> watches = new LinkedHashMap<>();
            watches.put("valid", valid);
            float[][] history = new float[1][params.maxRounds()];
            Booster probe = XGBoost.train(train, p, params.maxRounds(), watches, history, null, null,
                    params.earlyStoppingRounds());
            int best = bestRound(probe, history[0]);
            probe.dispose();
            Booster booster = XGBoost.train(train, p, best, new LinkedHashMap<>(), null, null);
            booster.setParam("nthread", 1);
            return new Trained(new TreeModel(booster, features), best, spw);
        } catch (XGBoostError e) {
            throw new TreeModelException("training failed: " + e.getMessage(), e);
        } finally {
            if (train != null) {
                train.dispose();
            }
            if (valid != null) {
                valid.dispose();
            }
        }
    }

    private static int bestRound(Booster probe, float[] history) throws XGBoostError {
        String attr = probe.getAttr("best_iteration");
        if (attr != null) {
            return Integer.parseInt(attr.strip()) + 1;
        }
        int best = 0;
        for (int i = 1; i < history.length; i++) {
            if (history[i] == 0f) {
                break;
            }
            if (history[i] < history[best]) {
                best = i;
            }
        }
        return best + 1;
    }

    private static DMatrix labelled(float[] x, int[] y, int features) throws XGBoostError {
        DMatrix m = new DMatrix(x, y.length, features, Float.NaN);
        float[] labels = new float[y.length];
        for (int i = 0; i < y.length; i++) {
            labels[i] = y[i];
        }
        m.setLabel(labels);
        return m;
    }
}
