package dev.leadscope.ml.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadscope.ml.evaluation.Metrics;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TreeTrainerTest {

    private static float[] features(int n, int d, Random r, int[] labels, double positiveShare) {
        float[] x = new float[n * d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                x[i * d + j] = r.nextInt(20) == 0 ? Float.NaN : (float) r.nextGaussian();
            }
            double z = Math.log(positiveShare / (1 - positiveShare)) + 1.5 * (Float.isNaN(x[i * d]) ? 0 : x[i * d])
                    + (x[i * d + 1] > 0.5 ? 1 : 0);
            labels[i] = r.nextDouble() < 1 / (1 + Math.exp(-z)) ? 1 : 0;
        }
        return x;
    }

    @Test
    void givenSkewedClasses_whenTrained_thenStopsEarlyRanksWellAndRoundTripsExactly() {
        Random r = new Random(3);
        int d = 4;
        int[] yTrain = new int[3000];
        int[] yValid = new int[800];
        float[] xTrain = features(3000, d, r, yTrain, 0.1);
        float[] xValid = features(800, d, r, yValid, 0.1);
        TreeTrainer.Trained t = new TreeTrainer(BoostingParams.DEFAULTS, 1).train(xTrain, yTrain, xValid, yValid, d, 5);
        assertThat(t.rounds()).isLessThan(BoostingParams.DEFAULTS.maxRounds()).isEqualTo(t.model().rounds());
        assertThat(t.scalePosWeight()).isGreaterThan(4);
        double[] margins = t.model().margins(xValid, yValid.length);
        assertThat(Metrics.rocAuc(margins, yValid)).isGreaterThan(0.75);
        TreeModel loaded = TreeModel.fromBytes(t.model().toBytes(), d);
        assertThat(loaded.margins(xValid, yValid.length)).containsExactly(margins);
        assertThat(t.model().totalGain()[0]).isGreaterThan(t.model().totalGain()[3]);
    }

    @Test
    void givenWrongWidth_whenLoaded_thenRefused() {
        Random r = new Random(4);
        int[] y = new int[400];
        float[] x = features(400, 3, r, y, 0.4);
        TreeModel m = new TreeTrainer(BoostingParams.DEFAULTS, 1).train(x, y, x, y, 3, 1).model();
        assertThatThrownBy(() -> TreeModel.fromBytes(m.toBytes(), 5)).hasMessageContaining("expects 3 features")
                .hasMessageContaining("gives 5");
    }

    @Test
    void givenOutOfRangeParameter_whenBuilt_thenErrorNamesIt() {
        assertThatThrownBy(() -> new BoostingParams(5, 2.0, 0.8, 0.8, 1, 1, 100, 10, 0.2, true)).hasMessageContaining("eta");
    }
}
