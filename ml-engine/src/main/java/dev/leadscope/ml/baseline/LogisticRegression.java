package dev.leadscope.ml.baseline;

/**
 * Plain L2-penalised logistic regression over the encoded features, each standardised with the training mean
 * and deviation (missing values become the mean); fitted by Newton's method. The comparison model of every
 * report. Immutable and thread-safe once fitted.
 */
public record LogisticRegression(double[] mean, double[] scale, double[] weights, double intercept) {
    /** Penalty on the squared weights of the standardised features when none is given. */
    public static final double DEFAULT_L2 = 1.0;

    public LogisticRegression {
        if (mean.length != scale.length || mean.length != weights.length) {
            throw new IllegalArgumentException("mean, scale and weights must have the same length");
        }
        mean = mean.clone();
        scale = scale.clone();
        weights = weights.clone();
    }

    /** Fits on {@code rows × d} row-major features (NaN = missing) and 0/1 labels. */
    public static LogisticRegression fit(float[] x, int[] labels, int d, double l2) {
        int n = labels.length;
        double[] mean = new double[d];
        double[] scale = new double[d];
        int[] count = new int[d];
        for (int r = 0; r < n; r++) {
            for (int j = 0; j < d; j++) {
                float v = x[r * d + j];
                if (!Float.isNaN(v)) {
                    mean[j] += v;
                    count[j]++;
                }
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] = count[j] == 0 ? 0 : mean[j] / count[j];
        }
        for (int r = 0; r < n; r++) {
            for (int j = 0; j < d; j++) {
                float v = x[r * d + j];
                if (!Float.isNaN(v)) {
                    scale[j] += (v - mean[j]) * (v - mean[j]);
                }
            }
        }
        for (int j = 0; j < d; j++) {
            double sd = count[j] < 2 ? 0 : Math.sqrt(scale[j] / (count[j] - 1));
            scale[j] = sd > 1e-12 ? 1.0 / sd : 0.0;
        }
        int p = d + 1;
        double[] beta = new double[p];
        double[] z = new double[p];
        for (int iter = 0; iter < 30; iter++) {
            double[] grad = new double[p];
            double[][] hess = new double[p][p];
            for (int r = 0; r < n; r++) {
                standardise(x, r, d, mean, scale, z);
                double eta = 0;
                for (int j = 0; j < p; j++) {
                    eta += beta[j] * z[j];
                }
                double mu = 1 / (1 + Math.exp(-eta));
                double w = Math.max(mu * (1 - mu), 1e-10);
                double g = mu - labels[r];
                for (int j = 0; j < p; j++) {
                    if (z[j] == 0) {
                        continue;
                    }
                    grad[j] += g * z[j];
                    double wz = w * z[j];
                    double[] row = hess[j];
                    for (int k = j; k < p; k++) {
                        row[k] += wz * z[k];
                    }
                }
            }
            for (int j = 0; j < p; j++) {
                for (int k = 0; k < j; k++) {
                    hess[j][k] = hess[k][j];
                }
                if (j < d) {
                    grad[j] += l2 * beta[j];
                    hess[j][j] += l2;
                } else {
                    hess[j][j] += 1e-8;
                }
            }
            double[] step = Cholesky.solve(hess, grad);
            double maxStep = 0;
            for (int j = 0; j < p; j++) {
                beta[j] -= step[j];
                maxStep = Math.max(maxStep, Math.abs(step[j]));
            }
            if (maxStep < 1e-7) {
                break;
            }
        }
        double[] w = new double[d];
        System.arraycopy(beta, 0, w, 0, d);
        return new LogisticRegression(mean, scale, w, beta[d]);
    }

    /** The probability for each of the {@code x.length / d} rows. */
    public double[] predict(float[] x) {
        int d = weights.length;
        int n = x.length / d;
        double[] out = new double[n];
        double[] z = new double[d + 1];
        for (int r = 0; r < n; r++) {
            standardise(x, r, d, mean, scale, z);
            double eta = intercept;
            for (int j = 0; j < d; j++) {
                eta += weights[j] * z[j];
            }
            out[r] = 1 / (1 + Math.exp(-eta));
        }
        return out;
    }

    private static void standardise(float[] x, int r, int d, double[] mean, double[] scale, double[] z) {
        for (int j = 0; j < d; j++) {
            float v = x[r * d + j];
            z[j] = Float.isNaN(v) ? 0 : (v - mean[j]) * scale[j];
        }
        z[d] = 1;
    }
}
