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
        return train(xTrain, yTrain, null, xValid, yValid, null, features, seed);
    }

    /**
     * Trains like {@link #train(float[], int[], float[], int[], int, long)} with a weight per training and per
     * validation row (null: every row weighs 1); class weighting multiplies on top.
     *
     * @throws TreeModelException when the native library fails
     */
    public Trained train(float[] xTrain, int[] yTrain, float[] wTrain, float[] xValid, int[] yValid, float[] wValid,
                         int features, long seed) {
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
            if (wTrain != null) {
                train.setWeight(wTrain);
            }
            valid = labelled(xValid, yValid, features);
            // the validation loss is weighted like the training loss, or class weighting would stop boosting early
            float[] weights = new float[yValid.length];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = (yValid[i] == 1 ? (float) spw : 1f) * (wValid == null ? 1f : wValid[i]);
            }
            valid.setWeight(weights);
            Booster booster = boostUntilBest(train, valid, p);
            booster.setParam("nthread", 1);
            return new Trained(new TreeModel(booster, features), booster.getNumBoostedRound(), spw);
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

    /**
     * Boosts one round at a time, watching validation log loss, and returns the model cut back to the best number of
     * rounds. The rounds after the best one are dropped rather than the run repeated: a seeded run's first trees do not
     * depend on how many follow them, so the cut model holds exactly the trees a fresh run of that length would.
     */
    private Booster boostUntilBest(DMatrix train, DMatrix valid, Map<String, Object> p) throws XGBoostError {
        Map<String, DMatrix> cached = new LinkedHashMap<>();
        cached.put("valid", valid);
        Booster probe = XGBoost.train(train, p, 0, cached, null, null);
        boolean kept = false;
        try {
            DMatrix[] sets = {valid};
            String[] names = {"valid"};
            float[] loss = new float[1];
            double bestLoss = Double.POSITIVE_INFINITY;
            int best = 0;
            int round = 0;
            for (; round < params.maxRounds() && round - best <= params.earlyStoppingRounds(); round++) {
                probe.update(train, round);
                probe.evalSet(sets, names, round, loss);
                if (loss[0] < bestLoss) {
                    bestLoss = loss[0];
                    best = round;
                }
            }
            if (best + 1 == round) {
                kept = true;
                return probe;
            }
            return TreeCut.firstRounds(probe, best + 1);
        } finally {
            if (!kept) {
                probe.dispose();
            }
        }
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
