package dev.leadscope.account.probability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.leadscope.account.committee.Committee;
import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.account.AccountScore;
import dev.leadscope.domain.account.BuyingStage;
import dev.leadscope.domain.account.Surge;
import dev.leadscope.domain.lead.CommitteeRole;
import dev.leadscope.domain.lead.LeadId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ProbabilityTest {

    @Test
    void givenKnownScores_whenAucIsComputed_thenTiesCountHalf() {
        assertThat(Evaluation.auc(new double[]{0.1, 0.4, 0.35, 0.8}, new int[]{0, 0, 1, 1})).isCloseTo(0.75, within(1e-12));
        assertThat(Evaluation.auc(new double[]{0.5, 0.5}, new int[]{0, 1})).isCloseTo(0.5, within(1e-12));
        assertThat(Evaluation.auc(new double[]{0.5, 0.6}, new int[]{1, 1})).isNaN();
    }

    @Test
    void givenPerfectlyCalibratedBins_whenEvaluated_thenCalibrationErrorIsZeroAndBrierIsKnown() {
        double[] p = new double[100];
        int[] y = new int[100];
        for (int i = 0; i < 100; i++) {
            p[i] = i < 50 ? 0.2 : 0.6;
            y[i] = i < 50 ? (i % 5 == 0 ? 1 : 0) : (i % 5 < 3 ? 1 : 0);
        }
        Evaluation e = Evaluation.of(p, y);
        assertThat(e.calibrationError()).isCloseTo(0, within(1e-12));
        assertThat(e.brier()).isCloseTo(0.5 * 0.16 + 0.5 * 0.24, within(1e-12));
        assertThat(e.calibration()).hasSize(10);
        assertThat(e.positives()).isEqualTo(40);
    }

    @Test
    void givenDataFromALogisticLaw_whenFitted_thenTheWeightsAreRecovered() {
        Random r = new Random(3);
        int n = 20_000;
        double[][] x = new double[n][2];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = r.nextGaussian();
            x[i][1] = r.nextGaussian();
            double p = LogisticModel.sigmoid(-1 + 2 * x[i][0] - 0.5 * x[i][1]);
            y[i] = r.nextDouble() < p ? 1 : 0;
        }
        LogisticModel m = LogisticModel.fit(x, y, 0);
        double w0 = m.weights()[0] / m.scales()[0];
        double w1 = m.weights()[1] / m.scales()[1];
        assertThat(w0).isCloseTo(2, within(0.1));
        assertThat(w1).isCloseTo(-0.5, within(0.1));
        assertThat(m.probability(new double[]{0, 0})).isCloseTo(LogisticModel.sigmoid(-1), within(0.03));
        assertThatThrownBy(() -> m.probability(new double[]{1})).hasMessageContaining("expected 2 features");
        assertThatThrownBy(() -> LogisticModel.fit(new double[0][], new int[0], 0)).hasMessageContaining("non-zero");
    }

    static AccountSnapshot snapshot(int i, double best, boolean buyer, BuyingStage stage) {
        Committee c = new Committee(buyer ? Map.of(CommitteeRole.CHAMPION, List.of(new LeadId("c" + i)),
                CommitteeRole.ECONOMIC_BUYER, List.of(new LeadId("b" + i))) : Map.of(CommitteeRole.CHAMPION, List.of(new LeadId("c" + i))),
                Map.of(CommitteeRole.CHAMPION, 3.0), buyer ? Map.of(CommitteeRole.ECONOMIC_BUYER, 1) : Map.of(), List.of(), List.of());
        return new AccountSnapshot(new AccountId("a" + i), Instant.parse("2024-01-01T00:00:00Z").plusSeconds(3600L * i), c, stage,
                new Surge(1, 1, 1, false), RecentActivity.NONE, List.of(best));
    }

    @Test
    void givenAnEngagedBuyerAndADecision_whenCombined_thenTheBestMemberIsRaised() {
        CombinedAccountModel m = CombinedAccountModel.defaults();
        double alone = m.probability(snapshot(1, 0.05, false, BuyingStage.CONSIDERATION));
        double withBuyer = m.probability(snapshot(1, 0.05, true, BuyingStage.DECISION));
        assertThat(alone).isCloseTo(0.05, within(1e-9));
        assertThat(withBuyer).isGreaterThan(0.05 * 2);
        assertThat(m.method()).isEqualTo(AccountScore.Method.COMBINED);
    }

    static List<AccountModelTrainer.Example> examples(int n, long seed) {
        Random r = new Random(seed);
        List<AccountModelTrainer.Example> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double best = 0.01 + 0.3 * r.nextDouble();
            boolean buyer = r.nextBoolean();
            double truth = LogisticModel.sigmoid(LogisticModel.logit(best) + (buyer ? 1.2 : -0.8));
            out.add(new AccountModelTrainer.Example(snapshot(i, best, buyer, BuyingStage.CONSIDERATION), r.nextDouble() < truth));
        }
        return out;
    }

    @Test
    void givenManyOutcomes_whenTrained_thenTheLearnedModelBeatsTheBestMemberOnTheNewestSnapshots() {
        AccountModelTrainer.Trained t = new AccountModelTrainer(AccountModelTrainer.Settings.defaults()).train(examples(3000, 5));
        assertThat(t.model().method()).isEqualTo(AccountScore.Method.LEARNED);
        assertThat(t.why()).startsWith("learned from 3000 snapshots");
        assertThat(t.holdout().examples()).isEqualTo(750);
        assertThat(t.holdout().auc()).isGreaterThan(t.bestMemberHoldout().auc() + 0.02);
    }

    @Test
    void givenSomeOutcomes_whenTrained_thenTheCombinedModelIsCalibrated() {
        AccountModelTrainer.Trained t = new AccountModelTrainer(AccountModelTrainer.Settings.defaults()).train(examples(120, 6));
        assertThat(t.model().method()).isEqualTo(AccountScore.Method.COMBINED);
        assertThat(t.why()).contains("calibrated on 120 snapshots");
        assertThat(((CombinedAccountModel) t.model()).plattA()).isNotEqualTo(1.0);
    }

    @Test
    void givenAlmostNoOutcomes_whenTrained_thenTheDefaultCombinationIsKept() {
        AccountModelTrainer.Trained t = new AccountModelTrainer(AccountModelTrainer.Settings.defaults()).train(examples(10, 7));
        assertThat(t.model()).isEqualTo(CombinedAccountModel.defaults());
        assertThat(t.why()).contains("too few to calibrate");
        assertThatThrownBy(() -> new AccountModelTrainer.Settings(10, 5, 50, 5, 1, 0.25, CombinedAccountModel.defaults()))
                .hasMessageContaining("minExamplesToCalibrate");
    }
}
