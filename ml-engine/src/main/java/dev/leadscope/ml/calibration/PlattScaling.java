package dev.leadscope.ml.calibration;

/** Platt scaling: {@code p = 1 / (1 + exp(-(slope · margin + intercept)))}, fitted by Newton's method. */
public record PlattScaling(double slope, double intercept) implements Calibration {
    public PlattScaling {
        if (!Double.isFinite(slope) || !Double.isFinite(intercept)) {
            throw new IllegalArgumentException("Platt parameters must be finite: " + slope + ", " + intercept);
        }
    }

    @Override
    public double apply(double margin) {
        return Calibration.clip(1.0 / (1.0 + Math.exp(-(slope * margin + intercept))));
    }

    @Override
    public String name() {
        return "platt";
    }

    /** Fits on margins and 0/1 labels, with Platt's smoothed targets so that separable data stays finite. */
    public static PlattScaling fit(double[] margins, int[] labels) {
        double pos = 0;
        for (int y : labels) {
            pos += y;
        }
        double neg = labels.length - pos;
        double hi = (pos + 1) / (pos + 2);
        double lo = 1 / (neg + 2);
        double a = 0.0;
        double b = Math.log((pos + 1) / (neg + 1));
        for (int iter = 0; iter < 100; iter++) {
            double g1 = 0, g2 = 0, h11 = 1e-9, h12 = 0, h22 = 1e-9;
            for (int i = 0; i < margins.length; i++) {
                double t = labels[i] == 1 ? hi : lo;
                double p = 1.0 / (1.0 + Math.exp(-(a * margins[i] + b)));
                double d = p - t;
                double w = p * (1 - p);
                g1 += d * margins[i];
                g2 += d;
                h11 += w * margins[i] * margins[i];
                h12 += w * margins[i];
                h22 += w;
            }
            double det = h11 * h22 - h12 * h12;
            if (Math.abs(det) < 1e-18) {
                break;
            }
            double da = (h22 * g1 - h12 * g2) / det;
            double db = (h11 * g2 - h12 * g1) / det;
            double before = loss(margins, labels, a, b, hi, lo);
            double step = 1.0;
            while (step > 1e-8 && loss(margins, labels, a - step * da, b - step * db, hi, lo) > before + 1e-12) {
                step /= 2;
            }
            da *= step;
            db *= step;
            a -= da;
            b -= db;
            if (Math.abs(da) < 1e-10 && Math.abs(db) < 1e-10) {
                break;
            }
        }
        return new PlattScaling(a, b);
    }

    private static double loss(double[] m, int[] y, double a, double b, double hi, double lo) {
        double sum = 0;
        for (int i = 0; i < m.length; i++) {
            double t = y[i] == 1 ? hi : lo;
            double z = a * m[i] + b;
            // log(1 + e^z) computed stably, minus t·z
            sum += (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - t * z;
        }
        return sum;
    }
}
