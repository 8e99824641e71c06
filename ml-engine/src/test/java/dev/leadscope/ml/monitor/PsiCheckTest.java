package dev.leadscope.ml.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PsiCheckTest {
    private static double[] normal(int n, double mean, SplittableRandom rng) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = mean + Math.sqrt(-2 * Math.log(1 - rng.nextDouble())) * Math.cos(2 * Math.PI * rng.nextDouble());
        }
        return out;
    }

    /** Eight weekly windows whose mean moves by {@code step} a week, oldest last (as the monitor lists them). */
    private static List<double[]> trending(double step, int perWindow, SplittableRandom rng) {
        List<double[]> windows = new ArrayList<>();
        for (int k = 0; k < 8; k++) {
            windows.add(normal(perWindow, -step * k, rng));
        }
        return windows;
    }

    @Test
    void givenAStationaryReference_whenTheCurrentWeekIsLikeIt_thenTheBaseThresholdHoldsAndNothingAlerts() {
        SplittableRandom rng = new SplittableRandom(1);
        PsiCheck check = PsiCheck.numeric(trending(0, 2000, rng), normal(2000, 0, rng), 0.2, 2.0);

        assertThat(check.floor()).isLessThan(0.05);
        assertThat(check.noise()).isEqualTo(9 * (1.0 / 16000 + 1.0 / 2000), within(1e-12));
        assertThat(check.threshold()).isEqualTo(0.2 + check.noise());
        assertThat(check.alert()).isFalse();
    }

    @Test
    void givenTwoSamplesOfOnePopulation_whenTheirPsiIsAveragedOverManyDraws_thenItMatchesTheExpectedNoise() {
        SplittableRandom rng = new SplittableRandom(4);
        double[] reference = normal(4000, 0, rng);
        double sum = 0;
        int draws = 400;
        for (int d = 0; d < draws; d++) {
            sum += Psi.of(reference, normal(300, 0, rng));
        }
        double expected = Psi.expectedNoise(Psi.bins(reference, new double[] {0}), 4000, 300);

        assertThat(expected).isEqualTo(9 * (1.0 / 4000 + 1.0 / 300), within(1e-12));
        assertThat(sum / draws).isCloseTo(expected, within(0.2 * expected));
    }

    @Test
    void givenSmallCurrentWeeksOfTheSamePopulation_whenChecked_thenTheNoiseKeepsMostOfThemFromAlertingOnSamplingAlone() {
        SplittableRandom rng = new SplittableRandom(5);
        List<double[]> reference = trending(0, 2000, rng);
        int draws = 300;
        int pastBase = 0;
        int alerts = 0;
        for (int d = 0; d < draws; d++) {
            PsiCheck check = PsiCheck.numeric(reference, normal(60, 0, rng), 0.2, 2.0);
            pastBase += check.psi() > 0.2 ? 1 : 0;
            alerts += check.alert() ? 1 : 0;
        }

        assertThat(pastBase).isGreaterThan(draws / 10);
        assertThat(alerts).isLessThan(draws / 20);
    }

    @Test
    void givenASmallCurrentWeek_whenItReallyShifts_thenItStillAlerts() {
        SplittableRandom rng = new SplittableRandom(6);
        PsiCheck check = PsiCheck.numeric(trending(0, 2000, rng), normal(60, 1.2, rng), 0.2, 2.0);

        assertThat(check.alert()).isTrue();
    }

    @Test
    void givenNoSampleOrASingleBin_whenTheNoiseIsAsked_thenItIsZero_andNegativeBinsAreRefused() {
        assertThat(Psi.expectedNoise(10, 0, 50)).isZero();
        assertThat(Psi.expectedNoise(1, 50, 50)).isZero();
        assertThat(Psi.categories(mix(1, 1, 0), mix(1, 0, 4))).isEqualTo(3);
        assertThatThrownBy(() -> Psi.expectedNoise(-1, 5, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenAReferenceThatTrendsEveryWeek_whenTheTrendGoesOnForOneMoreWeek_thenTheFloorRaisesTheThresholdAndNothingAlerts() {
        SplittableRandom rng = new SplittableRandom(2);
        double[] current = normal(2000, 0.12, rng);
        PsiCheck check = PsiCheck.numeric(trending(0.12, 2000, rng), current, 0.2, 2.0);

        assertThat(check.psi()).isGreaterThan(0.2);
        assertThat(check.floor()).isGreaterThan(0.1);
        assertThat(check.alert()).isFalse();
    }

    @Test
    void givenAStationaryReference_whenTheCurrentWeekJumps_thenItAlerts() {
        SplittableRandom rng = new SplittableRandom(3);
        PsiCheck check = PsiCheck.numeric(trending(0, 2000, rng), normal(2000, 0.8, rng), 0.2, 2.0);

        assertThat(check.alert()).isTrue();
        assertThat(check.excess()).isGreaterThan(1);
    }

    private static Map<String, Integer> mix(int software, int finance, int healthcare) {
        Map<String, Integer> m = new TreeMap<>();
        m.put("software", software);
        m.put("financial services", finance);
        if (healthcare > 0) {
            m.put("healthcare", healthcare);
        }
        return m;
    }

    @Test
    void givenSmallWeeklyMixes_whenANewIndustryFloodsIn_thenTheMixAlertsAboveItsNoiseFloor() {
        List<Map<String, Integer>> reference = List.of(mix(30, 15, 2), mix(28, 17, 1), mix(33, 12, 3), mix(29, 16, 2),
                mix(31, 14, 0), mix(27, 18, 2), mix(32, 13, 1), mix(30, 15, 2));

        PsiCheck same = PsiCheck.categorical(reference, mix(31, 14, 2), 0.2, 2.0);
        PsiCheck wave = PsiCheck.categorical(reference, mix(30, 15, 30), 0.2, 2.0);

        assertThat(same.alert()).isFalse();
        assertThat(wave.alert()).isTrue();
        assertThat(wave.psi()).isGreaterThan(wave.threshold());
    }

    @Test
    void givenACategoryMissingOnOneSide_whenCountsAreCompared_thenSmoothingKeepsOneStrayLeadFromLookingLikeDrift() {
        assertThat(Psi.ofCounts(mix(40, 20, 0), mix(40, 20, 1))).isLessThan(0.05);
        assertThatThrownBy(() -> Psi.ofCounts(Map.of(), mix(1, 1, 1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenABadFactor_whenChecked_thenItIsRefused() {
        assertThatThrownBy(() -> PsiCheck.numeric(List.of(new double[] {1}), new double[] {1}, 0.2, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
