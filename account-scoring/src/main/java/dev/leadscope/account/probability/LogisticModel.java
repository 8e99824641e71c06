package dev.leadscope.account.probability;

import java.util.Arrays;

/**
 * A logistic regression over standardised features, fitted by Newton's method with an L2 penalty on the weights
 * (not the intercept). Small and exact enough for a few dozen features; immutable and thread-safe.
 */
public record LogisticModel(double[] weights, double intercept, double[] means, double[] scales) {
    private static final int MAX_ITERATIONS = 50;

    public LogisticModel {
        weights = weights.clone();
        means = means.clone();
        scales = scales.clone();
        if (weights.length != means.length || weights.length != scales.length) {
            throw new IllegalArgumentException("weights, means and scales must have the same length");
        }
    }

    /**
     * Fits the model.
     *
     * @param x  one row per example, all of the same width
     * @param y  1 for a conversion, 0 otherwise
     * @param l2 the penalty on the squared weights of standardised features, >= 0
     */
    public static LogisticModel fit(double[][] x, int[] y, double l2) {
        int n = x.length;
        if (n == 0 || y.length != n) {
            throw new IllegalArgumentException("x and y must have the same, non-zero number of rows: " + n + ", " + y.length);
        }
        int d = x[0].length;
        double[] means = new double[d];
        double[] scales = new double[d];
        for (double[] row : x) {
            if (row.length != d) {
                throw new IllegalArgumentException("every row must have " + d + " features: " + row.length);
            }
            for (int j = 0; j < d; j++) {
                means[j] += row[j] / n;
            }
        }
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                scales[j] += (row[j] - means[j]) * (row[j] - means[j]) / n;
            }
        }
        for (int j = 0; j < d; j++) {
            scales[j] = scales[j] > 1e-12 ? Math.sqrt(scales[j]) : 1.0;
        }
        double[] beta = new double[d + 1];
        for (int iter = 0; iter < MAX_ITERATIONS; iter++) {
            double[] grad = new double[d + 1];
            double[][] hess = new double[d + 1][d + 1];
            double[] z = new double[d + 1];
            for (int i = 0; i < n; i++) {
                z[0] = 1;
                for (int j = 0; j < d; j++) {
                    z[j + 1] = (x[i][j] - means[j]) / scales[j];
                }
                double p = sigmoid(dot(beta, z));
                double w = Math.max(p * (1 - p), 1e-9);
                for (int a = 0; a <= d; a++) {
                    grad[a] += (p - y[i]) * z[a];
                    for (int b = 0; b <= a; b++) {
                        hess[a][b] += w * z[a] * z[b];
                    }
                }
            }
            for (int a = 1; a <= d; a++) {
                grad[a] += l2 * beta[a];
                hess[a][a] += l2;
            }
            hess[0][0] += 1e-9;
            for (int a = 0; a <= d; a++) {
                for (int b = a + 1; b <= d; b++) {
                    hess[a][b] = hess[b][a];
                }
            }
            double[] step = solve(hess, grad);
            double change = 0;
            for (int a = 0; a <= d; a++) {
                beta[a] -= step[a];
                change = Math.max(change, Math.abs(step[a]));
            }
            if (change < 1e-8) {
                break;
            }
        }
        return new LogisticModel(Arrays.copyOfRange(beta, 1, d + 1), beta[0], means, scales);
    }

    public double probability(double[] features) {
        if (features.length != weights.length) {
            throw new IllegalArgumentException("expected " + weights.length + " features: " + features.length);
        }
        double s = intercept;
        for (int j = 0; j < weights.length; j++) {
            s += weights[j] * (features[j] - means[j]) / scales[j];
        }
        return sigmoid(s);
    }

    static double sigmoid(double s) {
        return s >= 0 ? 1 / (1 + Math.exp(-s)) : Math.exp(s) / (1 + Math.exp(s));
    }

    static double logit(double p) {
        double q = Math.min(1 - 1e-6, Math.max(1e-6, p));
        return Math.log(q / (1 - q));
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** Solves a symmetric positive definite system by Cholesky decomposition. */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                l[i][j] = i == j ? Math.sqrt(Math.max(s, 1e-12)) : s / l[j][j];
            }
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= l[i][k] * y[k];
            }
            y[i] = s / l[i][i];
        }
        double[] out = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = y[i];
            for (int k = i + 1; k < n; k++) {
                s -= l[k][i] * out[k];
            }
            out[i] = s / l[i][i];
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LogisticModel m && Arrays.equals(m.weights, weights) && m.intercept == intercept
                && Arrays.equals(m.means, means) && Arrays.equals(m.scales, scales);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(weights) * 31 + Double.hashCode(intercept);
    }

    @Override
    public String toString() {
        return "LogisticModel" + Arrays.toString(weights) + " + " + intercept;
    }
}
