package dev.leadscope.ml.sequence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ActivationsTest {

    @Test
    void theLogisticFunctionAgreesWithTheLibraryExpAcrossItsRange() {
        int n = 200_001;
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = -40.0 + 80.0 * i / (n - 1);
        }
        double[] out = new double[n];
        Activations.sigmoids(z, out, 0, n);
        double worst = 0;
        for (int i = 0; i < n; i++) {
            worst = Math.max(worst, Math.abs(out[i] - 1.0 / (1.0 + Math.exp(-z[i]))));
        }
        assertThat(worst).isLessThan(1e-12);
        assertThat(out[0]).isGreaterThan(0.0);
        assertThat(out[n - 1]).isLessThan(1.0);
    }

    @Test
    void onlyTheGivenRunIsWritten() {
        double[] z = {0, 1, 2, 3};
        double[] out = {-1, -1, -1, -1};
        Activations.sigmoids(z, out, 1, 3);
        assertThat(out[0]).isEqualTo(-1);
        assertThat(out[1]).isCloseTo(1 / (1 + Math.exp(-1)), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(out[3]).isEqualTo(-1);
    }

    @Test
    void theLstmStepMatchesAForwardPassWithExactExpToFloatPrecision() {
        Random r = new Random(11);
        int inputs = 30;
        int hidden = 16;
        int g = 4 * hidden;
        float[] w = gaussian(r, inputs * g, 0.6);
        float[] rw = gaussian(r, hidden * g, 0.6);
        float[] b = gaussian(r, g, 0.3);
        LstmWeights weights = new LstmWeights(inputs, hidden, w, rw, b, gaussian(r, hidden, 1), 0.1f);
        LstmWeights.Scratch scratch = weights.scratch();
        double worst = 0;
        for (int seq = 0; seq < 300; seq++) {
            float[] h = new float[hidden];
            float[] c = new float[hidden];
            float[] refH = new float[hidden];
            float[] refC = new float[hidden];
            for (int t = 0; t < 60; t++) {
                float[] x = new float[inputs];
                x[r.nextInt(20)] = 1f;
                x[20 + r.nextInt(5)] = 1f;
                for (int k = 25; k < inputs; k++) {
                    x[k] = (float) (r.nextDouble() * 4 - 2);
                }
                weights.step(h, c, x, scratch);
                referenceStep(refH, refC, x, inputs, hidden, w, rw, b);
            }
            for (int j = 0; j < hidden; j++) {
                worst = Math.max(worst, Math.abs(h[j] - refH[j]));
                worst = Math.max(worst, Math.abs(c[j] - refC[j]));
            }
            assertThat(weights.logit(h)).isCloseTo(weights.logit(refH), org.assertj.core.data.Offset.offset(1e-5));
        }
        assertThat(worst).isLessThan(1e-5);
    }

    @Test
    void eachThreadKeepsItsOwnScratchAndAStepGivesTheSameResultWhateverWasLeftInIt() throws Exception {
        Random r = new Random(5);
        LstmWeights weights = new LstmWeights(3, 4, gaussian(r, 48, 1), gaussian(r, 64, 1), gaussian(r, 16, 1), gaussian(r, 4, 1), 0f);
        assertThat(weights.scratch()).isSameAs(weights.scratch());
        LstmWeights.Scratch[] other = new LstmWeights.Scratch[1];
        Thread t = new Thread(() -> other[0] = weights.scratch());
        t.start();
        t.join();
        assertThat(other[0]).isNotNull().isNotSameAs(weights.scratch());

        float[] x = {1f, -0.5f, 2f};
        float[] h1 = new float[4];
        float[] c1 = new float[4];
        weights.step(h1, c1, x, weights.scratch());
        // another step with other values through the same scratch, then the first step again from zero
        weights.step(new float[] {3f, -3f, 3f, -3f}, new float[] {1f, 1f, 1f, 1f}, new float[] {-2f, 7f, 0.1f}, weights.scratch());
        float[] h2 = new float[4];
        float[] c2 = new float[4];
        weights.step(h2, c2, x, weights.scratch());
        assertThat(h2).containsExactly(h1);
        assertThat(c2).containsExactly(c1);
    }

    @Test
    void aScratchOfAnotherNetworkWidthIsRefused() {
        Random r = new Random(2);
        LstmWeights small = new LstmWeights(3, 2, gaussian(r, 24, 1), gaussian(r, 16, 1), gaussian(r, 8, 1), gaussian(r, 2, 1), 0f);
        LstmWeights wide = new LstmWeights(3, 4, gaussian(r, 48, 1), gaussian(r, 64, 1), gaussian(r, 16, 1), gaussian(r, 4, 1), 0f);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> small.step(new float[2], new float[2], new float[3], wide.scratch()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("16 gates").hasMessageContaining("8");
    }

    /** The textbook step: gates as dot products, each nonlinearity through Math.exp. */
    private static void referenceStep(float[] h, float[] c, float[] x, int inputs, int hidden, float[] w, float[] rw, float[] b) {
        int g = 4 * hidden;
        float[] gates = b.clone();
        for (int j = 0; j < g; j++) {
            for (int i = 0; i < inputs; i++) {
                gates[j] += x[i] * w[i * g + j];
            }
            for (int i = 0; i < hidden; i++) {
                gates[j] += h[i] * rw[i * g + j];
            }
        }
        for (int j = 0; j < hidden; j++) {
            double a = Math.tanh(gates[j]);
            double f = 1 / (1 + Math.exp(-gates[hidden + j]));
            double o = 1 / (1 + Math.exp(-gates[2 * hidden + j]));
            double in = 1 / (1 + Math.exp(-gates[3 * hidden + j]));
            double cell = f * c[j] + in * a;
            c[j] = (float) cell;
            h[j] = (float) (o * Math.tanh(cell));
        }
    }

    private static float[] gaussian(Random r, int n, double scale) {
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = (float) (r.nextGaussian() * scale);
        }
        return out;
    }
}
