package dev.leadscope.account.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SimulatedMeasurementTest {
    static SimulatedMeasurement.Figures figures;

    @BeforeAll
    static void measure() {
        figures = SimulatedMeasurement.measure(2500, 11);
    }

    @Test
    void givenSimulatedTitles_whenRolesAreReadFromThem_thenAtLeastNinetyPercentMatchTheTruth() {
        assertThat(figures.roleMembers()).isGreaterThan(3000);
        assertThat(figures.roleAgreement()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void givenOpenAccounts_whenStagesAreRead_thenSeventyPercentMatchTheHiddenStateAndBeatTheMajorityGuess() {
        assertThat(figures.stageSnapshots()).isGreaterThan(10_000);
        assertThat(figures.stageAgreement()).isGreaterThanOrEqualTo(0.70);
        assertThat(figures.stageAgreement()).isGreaterThan(figures.stageMajorityBaseline() + 0.05);
        assertThat(figures.stageBalancedAccuracy()).isGreaterThan(0.55);
    }

    @Test
    void givenEnoughAccountOutcomes_whenTheAccountModelIsLearned_thenItRanksAndCalibratesBetterThanTheBestMember() {
        assertThat(figures.modelWhy()).startsWith("learned");
        assertThat(figures.learned().auc()).isGreaterThan(figures.bestMember().auc());
        assertThat(figures.learned().logLoss()).isLessThan(figures.bestMember().logLoss() * 0.9);
        assertThat(figures.learned().brier()).isLessThan(figures.bestMember().brier());
        assertThat(figures.learned().calibrationError()).isLessThan(0.04);
        assertThat(figures.learned().auc()).isLessThan(figures.oracleAuc());
    }

    @Test
    void givenFewOutcomes_whenTheCombinedModelIsCalibrated_thenItsProbabilitiesMatchOutcomes() {
        assertThat(figures.combinedCalibrated().calibrationError()).isLessThan(0.05);
        assertThat(figures.combinedCalibrated().calibrationError()).isLessThan(figures.combined().calibrationError());
        assertThat(figures.combined().auc()).isGreaterThan(0.75);
    }
}
