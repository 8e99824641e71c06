package dev.leadscope.ml.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.leadscope.ml.evaluation.Metrics;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AucDropCheckTest {

    /** Scores of a model whose AUC is {@code auc} in the population: positives' scores shifted up (binormal model). */
    private static double sampledAuc(int positives, int negatives, double shift, SplittableRandom rng) {
        double[] s = new double[positives + negatives];
        int[] y = new int[s.length];
        for (int i = 0; i < s.length; i++) {
            y[i] = i < positives ? 1 : 0;
            s[i] = normal(rng) + (y[i] == 1 ? shift : 0);
        }
        return Metrics.rocAuc(s, y);
    }

    private static double normal(SplittableRandom rng) {
        return Math.sqrt(-2 * Math.log(1 - rng.nextDouble())) * Math.cos(2 * Math.PI * rng.nextDouble());
    }

    @Test
    void givenHanleyAndMcNeilsPublishedExample_whenTheStandardErrorIsComputed_thenItMatchesTheirTable() {
        // Hanley & McNeil (1982), table 2: AUC 0.8 on 50 abnormal and 50 normal cases has a standard error of about 0.044
        assertThat(AucDropCheck.standardError(0.8, 50, 50)).isCloseTo(0.044, within(0.001));
    }

    @Test
    void givenFewConvertedLeads_whenTheMaturedAucFallsByLessThanItsSamplingError_thenNothingAlerts() {
        // 12 converted among 120 matured snapshots: an AUC of 0.80 against 0.89 at evaluation is within chance
        AucDropCheck check = AucDropCheck.of(0.89, 0.80, 12, 108, 0.05);

        assertThat(check.drop()).isCloseTo(0.09, within(1e-9));
        assertThat(check.threshold()).isGreaterThan(0.09);
        assertThat(check.alert()).isFalse();
    }

    @Test
    void givenManyConvertedLeads_whenTheMaturedAucFallsPastTheBase_thenTheBaseThresholdHoldsAndItAlerts() {
        AucDropCheck check = AucDropCheck.of(0.89, 0.80, 2000, 8000, 0.05);

        assertThat(check.threshold()).isEqualTo(0.05);
        assertThat(check.alert()).isTrue();
    }

    @Test
    void givenAModelThatDidNotChange_whenItsAucIsMeasuredOnFewOutcomesManyTimes_thenFewerThanOneInTwentyAlert() {
        SplittableRandom rng = new SplittableRandom(11);
        double shift = 1.7; // a binormal AUC of Phi(1.7 / sqrt 2) = 0.885
        double evaluationAuc = 0.885;
        int trials = 2000;
        int fixedAlerts = 0;
        int checkedAlerts = 0;
        for (int t = 0; t < trials; t++) {
            double auc = sampledAuc(12, 108, shift, rng);
            fixedAlerts += evaluationAuc - auc > 0.05 ? 1 : 0;
            checkedAlerts += AucDropCheck.of(evaluationAuc, auc, 12, 108, 0.05).alert() ? 1 : 0;
        }

        assertThat(fixedAlerts).as("a fixed 0.05 alerts on chance alone").isGreaterThan(trials / 10);
        assertThat(checkedAlerts).isLessThan(trials / 20);
    }

    @Test
    void givenAModelThatLostItsEdge_whenItsAucIsMeasuredOnFewOutcomes_thenMostRunsAlert() {
        SplittableRandom rng = new SplittableRandom(12);
        int alerts = 0;
        for (int t = 0; t < 500; t++) {
            double auc = sampledAuc(12, 108, 0.3, rng); // AUC about 0.58 against 0.885
            alerts += AucDropCheck.of(0.885, auc, 12, 108, 0.05).alert() ? 1 : 0;
        }

        assertThat(alerts).isGreaterThan(400);
    }

    @Test
    void givenNoPositive_whenChecked_thenItIsRefused() {
        assertThatThrownBy(() -> AucDropCheck.of(0.9, 0.8, 0, 100, 0.05)).isInstanceOf(IllegalArgumentException.class);
    }
}
