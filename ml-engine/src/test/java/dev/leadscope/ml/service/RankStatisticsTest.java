package dev.leadscope.ml.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rank correlation, the t interval and the shrinkage the rep evaluation reports. */
class RankStatisticsTest {

    @Test
    void givenOrdersAlikeReversedAndTied_whenCorrelated_thenSpearmanIsOneMinusOneAndUsesAverageRanks() {
        double[] skill = {0.1, 0.4, 0.5, 0.9};

        assertThat(RankStatistics.spearman(new double[] {1, 5, 7, 20}, skill)).isCloseTo(1.0, within(1e-12));
        assertThat(RankStatistics.spearman(new double[] {4, 3, 2, 1}, skill)).isCloseTo(-1.0, within(1e-12));
        // ranks 1.5, 1.5, 3, 4 against 1, 2, 3, 4: cov 4.5 over sqrt(4.5 * 5)
        assertThat(RankStatistics.spearman(new double[] {2, 2, 3, 4}, skill)).isCloseTo(4.5 / Math.sqrt(4.5 * 5), within(1e-12));
    }

    @Test
    void givenThreeValues_whenAveraged_thenTheIntervalIsTheStudentTOneWithTwoDegreesOfFreedom() {
        double[] interval = RankStatistics.meanInterval(List.of(1.0, 2.0, 3.0));

        assertThat(interval[0]).isCloseTo(2.0, within(1e-12));
        assertThat(interval[1]).isCloseTo(2.0 - 4.303 / Math.sqrt(3), within(1e-9));
        assertThat(interval[2]).isCloseTo(2.0 + 4.303 / Math.sqrt(3), within(1e-9));
    }

    @Test
    void givenGroupsSpreadBeyondChance_whenShrunk_thenEachRatioMovesTowardsTheOverallOneAndTheSmallestGroupMovesMost() {
        int[] actual = {40, 10, 5};
        double[] expected = {20, 20, 2};

        double[] shrunk = RankStatistics.shrunkRatios(actual, expected);

        double overall = 55 / 42.0;
        for (int i = 0; i < actual.length; i++) {
            double raw = actual[i] / expected[i];
            assertThat(Math.abs(shrunk[i] - overall)).isLessThan(Math.abs(raw - overall));
            assertThat(Math.signum(shrunk[i] - overall)).isEqualTo(Math.signum(raw - overall));
        }
        double pulledSmall = (actual[2] / expected[2] - shrunk[2]) / (actual[2] / expected[2] - overall);
        double pulledLarge = (actual[0] / expected[0] - shrunk[0]) / (actual[0] / expected[0] - overall);
        assertThat(pulledSmall).isGreaterThan(pulledLarge);
        // 2.5 on 2 expected falls behind 2.0 on 20 expected once the evidence is weighed
        assertThat(shrunk[0]).isGreaterThan(shrunk[2]);
    }

    @Test
    void givenGroupsNoMoreSpreadThanChance_whenShrunk_thenEveryEstimateIsTheOverallRatioOrderedByExcessWins() {
        int[] actual = {11, 9, 3};
        double[] expected = {10, 10, 2};

        double[] shrunk = RankStatistics.shrunkRatios(actual, expected);

        double overall = 23 / 22.0;
        assertThat(shrunk).containsExactly(new double[] {overall, overall, overall}, within(1e-6));
        assertThat(shrunk[2]).isGreaterThan(shrunk[0]);
        assertThat(shrunk[0]).isGreaterThan(shrunk[1]);
    }
}
