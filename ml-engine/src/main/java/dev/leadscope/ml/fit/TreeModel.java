package dev.leadscope.ml.fit;

import java.io.IOException;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * A trained gradient-boosted tree classifier over a fixed number of features. Batches of up to {@value #JAVA_ROWS} rows
 * are predicted in plain Java ({@link TreeEnsemble}: the same margins, no native call or native threads, any number of
 * threads at once); larger ones, contributions and everything else go through the library, synchronised, so one
 * instance may be shared between threads.
 */
public final class TreeModel {
    /** Most rows a prediction evaluates in plain Java; larger batches use the library's batched native path. */
    static final int JAVA_ROWS = 1_000;

    private final Booster booster;
    private final int features;
    private volatile TreeEnsemble ensemble;
    private volatile boolean nativeOnly;

    TreeModel(Booster booster, int features) {
        this.booster = booster;
        this.features = features;
    }

    /** Loads a model saved with {@link #toBytes()}; corrupt bytes give a {@link TreeModelException}. */
    public static TreeModel fromBytes(byte[] bytes, int features) {
        return fromBytes(bytes, features, 1);
    }

    /** As {@link #fromBytes(byte[], int)}, predicting with {@code threads} native threads (batch use). */
    public static TreeModel fromBytes(byte[] bytes, int features, int threads) {
        try {
            Booster b = XGBoost.loadModel(bytes);
            b.setParam("nthread", Math.max(1, threads));
            if (b.getNumFeature() != features) {
                throw new IllegalArgumentException("the tree model expects " + b.getNumFeature()
                        + " features but the schema gives " + features);
            }
            return new TreeModel(b, features);
        } catch (XGBoostError | IOException e) {
            throw new TreeModelException("cannot load the tree model: " + e.getMessage(), e);
        }
    }

    public int features() {
        return features;
    }

    /** The number of trees. */
    public synchronized int rounds() {
        try {
            return booster.getNumBoostedRound();
        } catch (XGBoostError e) {
            throw new TreeModelException("cannot read the tree count: " + e.getMessage(), e);
        }
    }

    /**
     * Log-odds for each of {@code rows} rows of the row-major matrix {@code x} (NaN = missing): in plain Java for up to
     * {@value #JAVA_ROWS} rows, by the library's batched native call beyond.
     */
    public double[] margins(float[] x, int rows) {
        if (rows == 0) {
            return new double[0];
        }
        TreeEnsemble trees = rows <= JAVA_ROWS ? ensemble() : null;
        return trees != null ? trees.margins(x, rows) : nativeMargins(x, rows);
    }

    /** The trees for the plain-Java path, read from the model's JSON once; null when this model cannot go that way. */
    TreeEnsemble ensemble() {
        TreeEnsemble e = ensemble;
        if (e != null || nativeOnly) {
            return e;
        }
        synchronized (this) {
            if (ensemble == null && !nativeOnly) {
                try {
                    ensemble = TreeEnsemble.fromJson(booster.toByteArray("json"));
                } catch (XGBoostError | IllegalArgumentException unsupported) {
                    // the native path gives this model's margins as before
                    nativeOnly = true;
                }
            }
            return ensemble;
        }
    }

    /** Log-odds by the library's native call, whatever the number of rows. */
    synchronized double[] nativeMargins(float[] x, int rows) {
        if (rows == 0) {
            return new double[0];
        }
        DMatrix m = matrix(x, rows);
        try {
            float[][] p = booster.predict(m, true);
            double[] out = new double[rows];
            for (int i = 0; i < rows; i++) {
                out[i] = p[i][0];
            }
            return out;
        } catch (XGBoostError e) {
            throw new TreeModelException("prediction failed: " + e.getMessage(), e);
        } finally {
            m.dispose();
        }
    }

    /**
     * TreeSHAP contributions in log-odds: for each row, one value per feature and the bias last; a row's
     * values add up to its margin.
     */
    public synchronized float[][] contributions(float[] x, int rows) {
        if (rows == 0) {
            return new float[0][];
        }
        DMatrix m = matrix(x, rows);
        try {
            return booster.predictContrib(m, 0);
        } catch (XGBoostError e) {
            throw new TreeModelException("explanation failed: " + e.getMessage(), e);
        } finally {
            m.dispose();
        }
    }

    /** Total gain per feature position (features never split on are absent). */
    public synchronized double[] totalGain() {
        try {
            Map<String, Double> scores = booster.getScore("", "total_gain");
            double[] gain = new double[features];
            for (Map.Entry<String, Double> e : scores.entrySet()) {
                int i = Integer.parseInt(e.getKey().substring(1));
                gain[i] = e.getValue();
            }
            return gain;
        } catch (XGBoostError e) {
            throw new TreeModelException("cannot read feature importance: " + e.getMessage(), e);
        }
    }

    /** The model in the library's binary (UBJSON) format. */
    public synchronized byte[] toBytes() {
        try {
            return booster.toByteArray("ubj");
        } catch (XGBoostError e) {
            throw new TreeModelException("cannot save the tree model: " + e.getMessage(), e);
        }
    }

    private DMatrix matrix(float[] x, int rows) {
        if (x.length != rows * features) {
            throw new IllegalArgumentException("matrix has " + x.length + " values; expected " + rows + " × " + features);
        }
        try {
            return new DMatrix(x, rows, features, Float.NaN);
        } catch (XGBoostError e) {
            throw new TreeModelException("cannot build the feature matrix: " + e.getMessage(), e);
        }
    }
}
