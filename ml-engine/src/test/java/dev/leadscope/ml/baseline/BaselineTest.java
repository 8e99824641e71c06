package dev.leadscope.ml.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadscope.ml.calibration.PlattScaling;
import dev.leadscope.ml.evaluation.Metrics;
import dev.leadscope.ml.tabular.Table;
import dev.leadscope.ml.tabular.TableReader;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BaselineTest {

    @Test
    void givenRules_whenScored_thenPointsAddUpPerRow() {
        PointsModel rules = PointsModel.parse("""
                name: test
                rules:
                  - field: Title
                    containsAny: [vp, director]
                    points: 20
                  - fieldMatches: ".*source.*"
                    in: [Referral]
                    points: 10
                  - field: Visits
                    above: 5
                    points: 5
                  - field: Phone
                    missing: true
                    points: -3
                  - field: Not There
                    equals: x
                    points: 100
                """, "test.yml");
        Table t = new TableReader(List.of()).parse("Title,Lead Source,Visits,Phone\nVP Sales,referral,7,\nIntern,Google,2,555\n", "t").table();
        assertThat(rules.points(t)).containsExactly(32.0, 0.0);
    }

    @Test
    void givenRuleWithoutCriterion_whenParsed_thenErrorNamesTheRule() {
        assertThatThrownBy(() -> PointsModel.parse("rules:\n  - field: Title\n    points: 3\n", "bad.yml"))
                .hasMessageContaining("bad.yml").hasMessageContaining("rule 1").hasMessageContaining("exactly one of equals");
    }

    @Test
    void givenShippedRules_whenChosen_thenXEducationOrGeneric() {
        assertThat(PointsModel.defaultFor(List.of("Lead Origin", "Total Time Spent on Website")).name()).contains("x-education");
        assertThat(PointsModel.defaultFor(List.of("title", "source")).name()).contains("generic");
    }

    @Test
    void givenPointsOnLargeScale_whenCalibrated_thenProbabilitiesTrackOutcomes() {
        Random r = new Random(5);
        int n = 3000;
        double[] points = new double[n];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            points[i] = 10 * r.nextInt(10);
            y[i] = r.nextDouble() < points[i] / 100 ? 1 : 0;
        }
        PlattScaling p = PlattScaling.fit(points, y);
        double[] prob = new double[n];
        for (int i = 0; i < n; i++) {
            prob[i] = p.apply(points[i]);
        }
        assertThat(Metrics.expectedCalibrationError(Metrics.reliability(prob, y, 10))).isLessThan(0.05);
    }

    @Test
    void givenLinearSignal_whenLogisticRegressionFitted_thenItRanksWellAndIgnoresMissing() {
        Random r = new Random(9);
        int n = 2000;
        int d = 3;
        float[] x = new float[n * d];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            x[i * d] = (float) r.nextGaussian();
            x[i * d + 1] = r.nextInt(10) == 0 ? Float.NaN : (float) r.nextGaussian() * 100;
            x[i * d + 2] = 7f;
            double z = 2 * x[i * d] + (Float.isNaN(x[i * d + 1]) ? 0 : -0.01 * x[i * d + 1]);
            y[i] = r.nextDouble() < 1 / (1 + Math.exp(-z)) ? 1 : 0;
        }
        LogisticRegression lr = LogisticRegression.fit(x, y, d, LogisticRegression.DEFAULT_L2);
        assertThat(lr.weights()[0]).isGreaterThan(1.5);
        assertThat(lr.weights()[1]).isLessThan(-0.5);
        assertThat(lr.weights()[2]).isEqualTo(0.0);
        assertThat(Metrics.rocAuc(lr.predict(x), y)).isGreaterThan(0.85);
    }
}
