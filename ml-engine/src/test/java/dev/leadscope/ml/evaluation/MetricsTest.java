package dev.leadscope.ml.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsTest {

    @Test
    void givenTiedScores_whenRocAuc_thenTiesCountHalf() {
        // pairs (pos, neg): (0.5,0.5)=0.5, (0.5,0.1)=1, (0.9,0.5)=1, (0.9,0.1)=1 -> 3.5 / 4
        assertThat(Metrics.rocAuc(new double[] {0.5, 0.5, 0.9, 0.1}, new int[] {1, 0, 1, 0})).isCloseTo(0.875, within(1e-12));
        assertThat(Metrics.rocAuc(new double[] {0.1, 0.4, 0.35, 0.8}, new int[] {0, 0, 1, 1})).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void givenHandExample_whenPrAuc_thenAveragePrecision() {
        // ranked: 0.9(+) 0.8(-) 0.7(+) 0.1(-): AP = 0.5*1 + 0.5*(2/3)
        double ap = Metrics.prAuc(new double[] {0.9, 0.8, 0.7, 0.1}, new int[] {1, 0, 1, 0});
        assertThat(ap).isCloseTo(0.5 + 1.0 / 3, within(1e-12));
    }

    @Test
    void givenHandExample_whenLogLossAndBrier_thenMatchDefinitions() {
        double[] p = {0.8, 0.4};
        int[] y = {1, 0};
        assertThat(Metrics.logLoss(p, y)).isCloseTo(-(Math.log(0.8) + Math.log(0.6)) / 2, within(1e-12));
        assertThat(Metrics.brier(p, y)).isCloseTo((0.04 + 0.16) / 2, within(1e-12));
    }

    @Test
    void givenTwoBins_whenCalibrationError_thenRowWeightedGap() {
        // bin 0.1-0.2: predicted 0.15 x2, observed 0/2 -> gap 0.15; bin 0.9-1.0: predicted 0.95 x2, observed 2/2 -> gap 0.05
        double[] p = {0.15, 0.15, 0.95, 0.95};
        int[] y = {0, 0, 1, 1};
        List<ReliabilityBin> table = Metrics.reliability(p, y, 10);
        assertThat(table).hasSize(10);
        assertThat(table.get(1).count()).isEqualTo(2);
        assertThat(table.get(9).observedRate()).isEqualTo(1.0);
        assertThat(Metrics.expectedCalibrationError(table)).isCloseTo(0.5 * 0.15 + 0.5 * 0.05, within(1e-12));
    }

    @Test
    void givenTenRows_whenTopTwentyPercent_thenPrecisionRecallAndLift() {
        double[] p = {0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.05};
        int[] y = {1, 0, 1, 0, 0, 0, 1, 0, 0, 0};
        TopShare top = Metrics.topShare(p, y, 0.2);
        assertThat(top.rows()).isEqualTo(2);
        assertThat(top.precision()).isEqualTo(0.5);
        assertThat(top.recall()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(top.lift()).isCloseTo(0.5 / 0.3, within(1e-12));
    }

    @Test
    void givenProbabilities_whenTiered_thenDefaultCutsApply() {
        TierPolicy t = TierPolicy.DEFAULTS;
        assertThat(List.of(t.tierOf(0.005), t.tierOf(0.01), t.tierOf(0.07), t.tierOf(0.5)).toString())
                .isEqualTo("[LOW, MEDIUM, HIGH, TOP]");
    }
}
