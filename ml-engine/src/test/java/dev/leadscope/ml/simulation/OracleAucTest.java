package dev.leadscope.ml.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class OracleAucTest {

    @Test
    void givenHandExample_whenAuc_thenCountsCorrectlyOrderedPairs() {
        // positives 0.35 and 0.8 against negatives 0.1 and 0.4: 3 of 4 pairs ordered correctly
        double auc = OracleAuc.auc(new double[] {0.1, 0.4, 0.35, 0.8}, new boolean[] {false, false, true, true});
        assertThat(auc).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void givenTiedScores_whenAuc_thenTiesCountHalf() {
        double auc = OracleAuc.auc(new double[] {0.5, 0.5, 0.9, 0.1}, new boolean[] {true, false, true, false});
        // pairs (pos, neg): (0.5,0.5)=0.5, (0.5,0.1)=1, (0.9,0.5)=1, (0.9,0.1)=1 -> 3.5 / 4
        assertThat(auc).isCloseTo(0.875, within(1e-12));
    }

    @Test
    void givenPerfectAndReversedRankings_whenAuc_thenOneAndZero() {
        assertThat(OracleAuc.auc(new double[] {0.1, 0.9}, new boolean[] {false, true})).isEqualTo(1.0);
        assertThat(OracleAuc.auc(new double[] {0.9, 0.1}, new boolean[] {false, true})).isEqualTo(0.0);
    }

    @Test
    void givenOneClass_whenAuc_thenFailsNamingTheCounts() {
        assertThatThrownBy(() -> OracleAuc.auc(new double[] {0.1, 0.2}, new boolean[] {true, true}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 positives, 0 negatives");
    }

    @Test
    void givenSimulatedTruth_whenOracleAuc_thenFarAboveChance() {
        SimulatedRuns.Run run = SimulatedRuns.small();
        assertThat(OracleAuc.fromTruthFile(run.file("truth/lead_probabilities.csv"), null, null)).isGreaterThan(0.75);
    }
}
