package dev.leadscope.ml.simulation;

import java.util.SplittableRandom;

/** Sampling helpers over a seeded {@link SplittableRandom}, so every draw is reproducible from the seed. */
final class Rand {
    private Rand() {
    }

    /** A generator for stream {@code stream} of run {@code seed}; distinct streams are independent. */
    static SplittableRandom stream(long seed, long stream) {
        return new SplittableRandom(mix(seed * 0x9E3779B97F4A7C15L + stream));
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static boolean chance(SplittableRandom rng, double p) {
        return rng.nextDouble() < p;
    }

    static <T> T pick(SplittableRandom rng, T[] items) {
        return items[rng.nextInt(items.length)];
    }

    /** An index drawn with probability proportional to {@code weights}. */
    static int weighted(SplittableRandom rng, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double u = rng.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** A Poisson count with mean {@code lambda} (Knuth's method; lambda is small here). */
    static int poisson(SplittableRandom rng, double lambda) {
        if (lambda <= 0) {
            return 0;
        }
        double limit = Math.exp(-Math.min(lambda, 30));
        double product = rng.nextDouble();
        int k = 0;
        while (product > limit) {
            k++;
            product *= rng.nextDouble();
        }
        return k;
    }

    static double logNormal(SplittableRandom rng, double median, double sigma) {
        return median * Math.exp(sigma * rng.nextGaussian());
    }

    static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
