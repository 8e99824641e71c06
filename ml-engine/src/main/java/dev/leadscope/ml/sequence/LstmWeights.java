package dev.leadscope.ml.sequence;

/**
 * The trained network's weights as plain arrays and its forward pass in plain Java: one LSTM layer (gates in
 * the library's order: block input, forget, output, input) and a two-class softmax read as log-odds. Used to
 * score single leads and to step a lead's state by one event without the per-call overhead of the native
 * library; tested equal to the library's output. Immutable and thread-safe.
 *
 * <p>Laid out for the JIT's vector instructions: each weight row is an array of its own (a row at an offset into one
 * shared array kept the compiler from proving the accumulation free of overlap, and it stayed scalar), and the gates'
 * nonlinearities go through {@link Activations} over the whole gate vector instead of {@code Math.exp} per unit.
 */
public final class LstmWeights {
    private final int inputs;
    private final int hidden;
    private final float[][] w;    // [inputs][4h]
    private final float[][] rw;   // [hidden][4h]
    private final float[] b;      // [4h]
    private final float[] out;    // [hidden] weight of (class 1 - class 0)
    private final float outBias;
    /**
     * Each thread's working arrays, made once: a new set per step was the service's largest single source of garbage
     * (about 2.6 KB for 32 units, several times per rescored lead).
     */
    private final ThreadLocal<Scratch> scratches;

    LstmWeights(int inputs, int hidden, float[] w, float[] rw, float[] b, float[] out, float outBias) {
        if (w.length != inputs * 4 * hidden || rw.length != hidden * 4 * hidden || b.length != 4 * hidden || out.length != hidden) {
            throw new IllegalArgumentException("weight shapes do not match " + inputs + " inputs and " + hidden + " units");
        }
        this.inputs = inputs;
        this.hidden = hidden;
        this.w = rows(w, inputs, 4 * hidden);
        this.rw = rows(rw, hidden, 4 * hidden);
        this.b = b;
        this.out = out;
        this.outBias = outBias;
        this.scratches = ThreadLocal.withInitial(() -> new Scratch(hidden));
    }

    public int inputs() {
        return inputs;
    }

    public int hidden() {
        return hidden;
    }

    private static float[][] rows(float[] rowMajor, int rows, int width) {
        float[][] out = new float[rows][width];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(rowMajor, i * width, out[i], 0, width);
        }
        return out;
    }

    /**
     * The calling thread's working arrays for {@link #step}, the same ones at every call on this thread: use them on
     * this thread only. {@link #step} reads nothing left in them by an earlier step.
     */
    public Scratch scratch() {
        return scratches.get();
    }

    /**
     * Advances {@code (h, c)} in place by one input step {@code x}.
     *
     * @throws IllegalArgumentException when {@code scratch} was made for a network of another width
     */
    public void step(float[] h, float[] c, float[] x, Scratch scratch) {
        int g = 4 * hidden;
        if (scratch.gates.length != g) {
            throw new IllegalArgumentException("the scratch holds " + scratch.gates.length + " gates but this network has " + g);
        }
        float[] gates = scratch.gates;
        System.arraycopy(b, 0, gates, 0, g);
        for (int i = 0; i < inputs; i++) {
            float xi = x[i];
            if (xi != 0f) {
                float[] row = w[i];
                for (int j = 0; j < g; j++) {
                    gates[j] += xi * row[j];
                }
            }
        }
        for (int i = 0; i < hidden; i++) {
            float hi = h[i];
            if (hi != 0f) {
                float[] row = rw[i];
                for (int j = 0; j < g; j++) {
                    gates[j] += hi * row[j];
                }
            }
        }
        double[] z = scratch.z;
        double[] e = scratch.e;
        // block input: tanh(a) = 2 sigmoid(2a) - 1; forget, output and input gates: sigmoid
        for (int j = 0; j < hidden; j++) {
            z[j] = 2.0 * gates[j];
        }
        for (int j = hidden; j < g; j++) {
            z[j] = gates[j];
        }
        Activations.sigmoids(z, e, 0, g);
        for (int j = 0; j < hidden; j++) {
            double cell = e[hidden + j] * c[j] + e[3 * hidden + j] * (2.0 * e[j] - 1.0);
            c[j] = (float) cell;
            z[j] = 2.0 * cell;
        }
        Activations.sigmoids(z, e, 0, hidden);
        for (int j = 0; j < hidden; j++) {
            h[j] = (float) (e[2 * hidden + j] * (2.0 * e[j] - 1.0));
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
        Scratch scratch = scratch();
        for (float[] x : steps) {
            step(h, c, x, scratch);
        }
        return logit(h);
    }

    /** The gate pre-activations and their nonlinearities for one step. */
    public static final class Scratch {
        private final float[] gates;
        private final double[] z;
        private final double[] e;

        private Scratch(int hidden) {
            gates = new float[4 * hidden];
            z = new double[4 * hidden];
            e = new double[4 * hidden];
        }
    }
}
