package dev.leadscope.ml.sequence;

/**
 * The logistic function over a run of an array, written with multiplies, adds, a divide and clamps only so that the
 * JIT compiles it to vector instructions ({@code Math.exp} stays scalar): {@code exp(-z)} is a degree-12 Taylor
 * polynomial of {@code -z / 64} raised to the 64th power by six squarings. For {@code |z| <= 30} it agrees with
 * {@code 1 / (1 + Math.exp(-z))} to about 1e-12; beyond that {@code z} is clamped to ±30 (at most 1e-13 off).
 */
final class Activations {
    static final double LIMIT = 30.0;
    private static final double SCALE = -1.0 / 64;
    private static final double C0 = 1.0;
    private static final double C1 = 1.0;
    private static final double C2 = 1.0 / 2;
    private static final double C3 = 1.0 / 6;
    private static final double C4 = 1.0 / 24;
    private static final double C5 = 1.0 / 120;
    private static final double C6 = 1.0 / 720;
    private static final double C7 = 1.0 / 5_040;
    private static final double C8 = 1.0 / 40_320;
    private static final double C9 = 1.0 / 362_880;
    private static final double C10 = 1.0 / 3_628_800;
    private static final double C11 = 1.0 / 39_916_800;
    private static final double C12 = 1.0 / 479_001_600;

    private Activations() {
    }

    /** {@code out[j] = 1 / (1 + exp(-z[j]))} for {@code j} in {@code [from, to)}. */
    static void sigmoids(double[] z, double[] out, int from, int to) {
        for (int j = from; j < to; j++) {
            double r = Math.max(-LIMIT, Math.min(LIMIT, z[j])) * SCALE;
            // written out term by term: with loops over the coefficients and the squarings the JIT no longer
            // vectorises this loop, and it ran about 5 times slower
            double p = C12;
            p = p * r + C11;
            p = p * r + C10;
            p = p * r + C9;
            p = p * r + C8;
            p = p * r + C7;
            p = p * r + C6;
            p = p * r + C5;
            p = p * r + C4;
            p = p * r + C3;
            p = p * r + C2;
            p = p * r + C1;
            p = p * r + C0;
            p *= p;
            p *= p;
            p *= p;
            p *= p;
            p *= p;
            p *= p;
            out[j] = 1.0 / (1.0 + p);
        }
    }
}
