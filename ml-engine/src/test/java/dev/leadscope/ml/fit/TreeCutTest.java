package dev.leadscope.ml.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import org.junit.jupiter.api.Test;

class TreeCutTest {

    @Test
    void aRunCutToItsFirstRoundsEqualsAFreshRunOfThatLength() throws Exception {
        Random r = new Random(11);
        int n = 2000;
        int d = 5;
        float[] x = new float[n * d];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                x[i * d + j] = r.nextInt(15) == 0 ? Float.NaN : (float) r.nextGaussian();
            }
            y[i] = r.nextDouble() < 1 / (1 + Math.exp(-(x[i * d] + (x[i * d + 2] > 0 ? 1 : 0)))) ? 1 : 0;
        }
        DMatrix m = new DMatrix(x, n, d, Float.NaN);
        m.setLabel(y);
        Map<String, Object> p = BoostingParams.DEFAULTS.toLibraryParams(9, 2, 1.0);
        // boosted like early stopping does: one round at a time, the validation loss read after each
        Map<String, DMatrix> watched = new LinkedHashMap<>();
        watched.put("valid", m);
        Booster longRun = XGBoost.train(m, p, 0, watched, null, null);
        for (int round = 0; round < 60; round++) {
            longRun.update(m, round);
            longRun.evalSet(new DMatrix[] {m}, new String[] {"valid"}, round, new float[1]);
        }
        Booster fresh = XGBoost.train(m, p, 23, new LinkedHashMap<>(), null, null);
        Booster cut = TreeCut.firstRounds(longRun, 23);

        assertThat(cut.getNumBoostedRound()).isEqualTo(23);
        assertThat(longRun.getNumBoostedRound()).isEqualTo(60);
        assertThat(cut.toByteArray("ubj")).isEqualTo(fresh.toByteArray("ubj"));
        assertThat(cut.predict(m, true)).isDeepEqualTo(fresh.predict(m, true));
        assertThat(Arrays.deepEquals(cut.predict(m, true), longRun.predict(m, true))).isFalse();
        m.dispose();
    }
}
