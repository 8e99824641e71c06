package dev.leadscope.ml.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PsiTest {
    private static double[] normal(int n, double mean, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double u = rng.nextDouble();
            double v = rng.nextDouble();
            out[i] = mean + Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
        }
        return out;
    }

    @Test
    void givenTwoSamplesOfOneDistribution_whenCompared_thenPsiIsNearZero() {
        assertThat(Psi.of(normal(5000, 0, 1), normal(5000, 0, 2))).isLessThan(0.02);
    }

    @Test
    void givenAShiftOfHalfASigma_whenCompared_thenPsiPassesTheUsualAlertLevel() {
        double psi = Psi.of(normal(5000, 0, 1), normal(5000, 0.6, 2));
        assertThat(psi).isGreaterThan(0.2).isLessThan(1.0);
    }

    @Test
    void givenACategoryThatTurnsFrequent_whenCompared_thenTheTiedValuesBinTogetherAndTheShiftShows() {
        double[] reference = new double[1000];
        double[] current = new double[1000];
        for (int i = 0; i < 1000; i++) {
            reference[i] = i < 40 ? 3 : i % 3;       // 4 % in category 3
            current[i] = i < 250 ? 3 : i % 3;        // 25 % in category 3
        }
        assertThat(Psi.edges(reference)).containsExactly(0, 1, 2);
        assertThat(Psi.of(reference, reference)).isZero();
        assertThat(Psi.of(reference, current)).isGreaterThan(0.3);
    }

    @Test
    void givenMissingValuesThatBecomeCommon_whenCompared_thenTheirOwnBinCarriesTheShift() {
        double[] reference = normal(2000, 0, 3);
        double[] current = normal(2000, 0, 4);
        for (int i = 0; i < 800; i++) {
            current[i] = Double.NaN;
        }
        assertThat(Psi.of(reference, current)).isGreaterThan(1.0);
        assertThatThrownBy(() -> Psi.of(new double[0], current)).isInstanceOf(IllegalArgumentException.class);
    }
}
