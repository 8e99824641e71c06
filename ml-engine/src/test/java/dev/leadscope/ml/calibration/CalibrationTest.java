package dev.leadscope.ml.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.leadscope.ml.evaluation.Metrics;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CalibrationTest {

    /** True log-odds z; the "model" reports 2.5 z + 2 (over-confident and shifted, as class weighting does). */
    private static double[][] skewed(int n, long seed) {
        Random r = new Random(seed);
        double[] margins = new double[n];
        double[] labels = new double[n];
        for (int i = 0; i < n; i++) {
            double z = -2.5 + r.nextGaussian();
            margins[i] = 2.5 * z + 2;
            labels[i] = r.nextDouble() < 1 / (1 + Math.exp(-z)) ? 1 : 0;
        }
        return new double[][] {margins, labels};
    }

    private static int[] ints(double[] v) {
        int[] out = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (int) v[i];
        }
        return out;
    }

    @Test
    void givenSkewedScores_whenCalibrated_thenLogLossImprovesOnNewRows() {
        double[][] fit = skewed(4000, 1);
        double[][] test = skewed(4000, 2);
        int[] yFit = ints(fit[1]);
        int[] yTest = ints(test[1]);
        double[] raw = new double[yTest.length];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = 1 / (1 + Math.exp(-test[0][i]));
        }
        CalibrationChoice choice = CalibrationChoice.choose(fit[0], yFit, 5, 7);
        double[] calibrated = new double[yTest.length];
        for (int i = 0; i < raw.length; i++) {
            calibrated[i] = choice.chosen().apply(test[0][i]);
        }
        assertThat(Metrics.logLoss(calibrated, yTest)).isLessThan(Metrics.logLoss(raw, yTest) - 0.05);
        assertThat(Metrics.expectedCalibrationError(Metrics.reliability(calibrated, yTest, 10))).isLessThan(0.02);
        assertThat(Math.min(choice.plattLogLoss(), choice.isotonicLogLoss()))
                .isEqualTo(choice.chosen() instanceof PlattScaling ? choice.plattLogLoss() : choice.isotonicLogLoss());
    }

    @Test
    void givenLinearlyDistortedLogOdds_whenPlattFitted_thenItRecoversTheInverse() {
        double[][] d = skewed(20000, 3);
        PlattScaling p = PlattScaling.fit(d[0], ints(d[1]));
        assertThat(p.slope()).isCloseTo(0.4, within(0.05));
        assertThat(p.intercept()).isCloseTo(-0.8, within(0.15));
    }

    @Test
    void givenScores_whenIsotonicFitted_thenOutputNeverDecreases() {
        double[][] d = skewed(2000, 4);
        IsotonicCalibration iso = IsotonicCalibration.fit(d[0], ints(d[1]));
        double last = 0;
        for (double m = -15; m <= 5; m += 0.01) {
            double p = iso.apply(m);
            assertThat(p).isGreaterThanOrEqualTo(last).isBetween(Calibration.EPSILON, 1 - Calibration.EPSILON);
            last = p;
        }
    }

    @Test
    void givenAPooledBlock_whenIsotonicFitted_thenScoresInsideItKeepTheirOrder() {
        // the converted row at -0.5 and the lost one at 0.5 pool into one block (0.5); -3, -1 and 1, 3 form the others
        double[] margins = {-3, -1, -0.5, 0.5, 1, 3};
        IsotonicCalibration iso = IsotonicCalibration.fit(margins, new int[] {0, 0, 1, 0, 1, 1});

        assertThat(iso.apply(-0.9)).isLessThan(iso.apply(0.9));
        assertThat(iso.apply(-3)).isEqualTo(Calibration.EPSILON);
        assertThat(iso.apply(3)).isEqualTo(1 - Calibration.EPSILON);
        assertThat(iso.apply(0)).isCloseTo(0.5, within(1e-9));
    }
}
