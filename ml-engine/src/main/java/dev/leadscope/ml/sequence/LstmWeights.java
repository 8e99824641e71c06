package dev.leadscope.ml.sequence;

/**
 * The trained network's weights as plain arrays and its forward pass in plain Java: one LSTM layer (gates in
 * the library's order: block input, forget, output, input) and a two-class softmax read as log-odds. Used to
 * score single leads and to step a lead's state by one event without the per-call overhead of the native
 * library; tested equal to the library's output. Immutable and thread-safe.
 */
public final class LstmWeights {
    private final int inputs;
    private final int hidden;
    private final float[] w;      // [inputs][4h] row-major
    private final float[] rw;     // [hidden][4h] row-major
    private final float[] b;      // [4h]
    private final float[] out;    // [hidden] weight of (class 1 - class 0)
    private final float outBias;

    LstmWeights(int inputs, int hidden, float[] w, float[] rw, float[] b, float[] out, float outBias) {
        if (w.length != inputs * 4 * hidden || rw.length != hidden * 4 * hidden || b.length != 4 * hidden || out.length != hidden) {
            throw new IllegalArgumentException("weight shapes do not match " + inputs + " inputs and " + hidden + " units");
        }
        this.inputs = inputs;
        this.hidden = hidden;
        this.w = w;
        this.rw = rw;
        this.b = b;
        this.out = out;
        this.outBias = outBias;
    }

    public int inputs() {
        return inputs;
    }

    public int hidden() {
        return hidden;
    }

    /** Advances {@code (h, c)} in place by one input step {@code x}; {@code scratch} must hold 4 × hidden floats. */
    public void step(float[] h, float[] c, float[] x, float[] scratch) {
        int g = 4 * hidden;
        System.arraycopy(b, 0, scratch, 0, g);
        for (int i = 0; i < inputs; i++) {
            float xi = x[i];
            if (xi != 0f) {
                int row = i * g;
                for (int j = 0; j < g; j++) {
                    scratch[j] += xi * w[row + j];
                }
            }
        }
        for (int i = 0; i < hidden; i++) {
            float hi = h[i];
            if (hi != 0f) {
                int row = i * g;
                for (int j = 0; j < g; j++) {
                    scratch[j] += hi * rw[row + j];
                }
            }
        }
        for (int j = 0; j < hidden; j++) {
            double a = tanh(scratch[j]);
            double f = sigmoid(scratch[hidden + j]);
            double o = sigmoid(scratch[2 * hidden + j]);
            double in = sigmoid(scratch[3 * hidden + j]);
            double cell = f * c[j] + in * a;
            c[j] = (float) cell;
            h[j] = (float) (o * tanh(cell));
        }
    }

    /** Log-odds of conversion from the hidden state. */
    public double logit(float[] h) {
        double z = outBias;
        for (int i = 0; i < hidden; i++) {
            z += h[i] * out[i];
        }
        return z;
    }

    /** Log-odds after running all {@code steps} from a zero state. */
    public double logit(float[][] steps) {
        float[] h = new float[hidden];
        float[] c = new float[hidden];
        float[] scratch = new float[4 * hidden];
        for (float[] x : steps) {
            step(h, c, x, scratch);
        }
        return logit(h);
    }

    static double sigmoid(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }

    /** tanh through the intrinsic exp (Math.tanh is not one); exact to double rounding. */
    static double tanh(double z) {
        if (z > 20) {
            return 1.0;
        }
        if (z < -20) {
            return -1.0;
        }
        double e = Math.exp(2 * z);
        return (e - 1) / (e + 1);
    }
}
