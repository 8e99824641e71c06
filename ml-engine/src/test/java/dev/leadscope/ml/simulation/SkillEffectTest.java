package dev.leadscope.ml.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SkillEffectTest {
    private static final LocalDate ORIGIN = LocalDate.of(2024, 1, 1);
    private static final int DECIDING = 3;
    private static final int BOUGHT = 4;
    private static final int LOST = 5;

    private static double[] deciding(double skillEffect, double skill) {
        double[] out = new double[BuyingDynamics.STAGES];
        new BuyingDynamics(true, ORIGIN, Integer.MAX_VALUE, 60, skillEffect)
                .transition(new AccountTraits(1.0, 1.0, skill, true, Integer.MIN_VALUE, 12), DECIDING, 0, true, 5, out);
        return out;
    }

    @Test
    void givenTheDocumentedStrength_whenAWeekOfDecidingMoves_thenTheOddsAreTheStorysOnes() {
        double[] out = deciding(1.0, 0.7);
        double[] same = new double[BuyingDynamics.STAGES];
        new BuyingDynamics(true, ORIGIN, Integer.MAX_VALUE, 60).transition(new AccountTraits(1.0, 1.0, 0.7, true, Integer.MIN_VALUE, 12),
                DECIDING, 0, true, 5, same);

        assertThat(out).containsExactly(same);
        assertThat(out[BOUGHT]).isCloseTo(0.05 * (0.6 + 0.8 * 0.7), within(1e-12));
        assertThat(out[LOST]).isCloseTo(0.035 * (1.5 - 0.7), within(1e-12));
    }

    @Test
    void givenStrengthTwo_whenAStrongAndAWeakRepDecide_thenTheirGapInWinningAndLosingIsSquared() {
        double winGap = deciding(1.0, 0.8)[BOUGHT] / deciding(1.0, 0.2)[BOUGHT];
        double lossGap = deciding(1.0, 0.8)[LOST] / deciding(1.0, 0.2)[LOST];

        assertThat(deciding(2.0, 0.8)[BOUGHT] / deciding(2.0, 0.2)[BOUGHT]).isCloseTo(winGap * winGap, within(1e-9));
        assertThat(deciding(2.0, 0.8)[LOST] / deciding(2.0, 0.2)[LOST]).isCloseTo(lossGap * lossGap, within(1e-9));
    }

    @Test
    void givenStrengthZero_whenRepsOfAnySkillDecide_thenTheyFareAlike() {
        assertThat(deciding(0.0, 0.05)).containsExactly(deciding(0.0, 0.95));
    }

    @Test
    void givenARosterSize_whenTheTeamIsDrawn_thenItHasThatManyRepsAndStartsWithTheSmallerTeamsReps() {
        assertThat(SimRep.team(3, 1000, 10)).hasSize(10).startsWith(SimRep.team(3, 1000, 6).toArray(SimRep[]::new));
        assertThat(SimRep.team(3, 1000, 0)).hasSize(25);
    }
}
