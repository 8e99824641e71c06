package dev.leadscope.ml.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GroundTruthTest {

    @Test
    void givenTrueProbabilities_whenComparedWithRealisedOutcomes_thenCalibratedPerQuintile() {
        List<double[]> rows = new ArrayList<>();
        SimulatedRuns.large(true).rows("truth/lead_probabilities.csv").forEach(r -> {
            if (r.get("converted_within_90d") != null) {
                rows.add(new double[] {Double.parseDouble(r.get("p_convert_90d")), Double.parseDouble(r.get("converted_within_90d"))});
            }
        });
        rows.sort(Comparator.comparingDouble(r -> r[0]));
        double meanP = rows.stream().mapToDouble(r -> r[0]).average().orElseThrow();
        double meanY = rows.stream().mapToDouble(r -> r[1]).average().orElseThrow();
        assertThat(meanY).isCloseTo(meanP, within(0.02));
        int n = rows.size();
        // rows of one account move together, so the bins are wide and the margin allows for that
        for (int d = 0; d < 5; d++) {
            List<double[]> bin = rows.subList(d * n / 5, (d + 1) * n / 5);
            double p = bin.stream().mapToDouble(r -> r[0]).average().orElseThrow();
            double y = bin.stream().mapToDouble(r -> r[1]).average().orElseThrow();
            assertThat(y).as("quintile %d: predicted %.3f, realised %.3f", d, p, y).isCloseTo(p, within(0.06));
        }
    }

    @Test
    void givenNoOrderEffects_whenComparingProbabilitiesWithAndWithoutTheOrder_thenEqualOnEveryRow() {
        List<CsvRows.Row> rows = SimulatedRuns.large(false).rows("truth/lead_probabilities.csv");
        assertThat(rows).hasSizeGreaterThan(10_000);
        for (CsvRows.Row r : rows) {
            assertThat(r.get(OracleAuc.WITHOUT_ORDER)).as(r.get("lead_id") + "@" + r.get("scored_at")).isEqualTo(r.get(OracleAuc.TRUE_PROBABILITY));
        }
    }

    @Test
    void givenOrderEffects_whenTheOrderIsHidden_thenProbabilitiesDifferButStayCalibrated() {
        SimulatedRuns.Run run = SimulatedRuns.large(true);
        double[] sums = new double[3];
        int[] differing = new int[1];
        run.rows("truth/lead_probabilities.csv").forEach(r -> {
            double withOrder = Double.parseDouble(r.get(OracleAuc.TRUE_PROBABILITY));
            double withoutOrder = Double.parseDouble(r.get(OracleAuc.WITHOUT_ORDER));
            differing[0] += Math.abs(withOrder - withoutOrder) > 1e-4 ? 1 : 0;
            if (r.get("converted_within_90d") != null) {
                sums[0] += withoutOrder;
                sums[1] += Double.parseDouble(r.get("converted_within_90d"));
                sums[2]++;
            }
        });
        assertThat(differing[0]).as("rows whose probability depends on a journey's order").isGreaterThan(500);
        assertThat(sums[1] / sums[2]).as("realised rate against the mean probability without the order")
                .isCloseTo(sums[0] / sums[2], within(0.02));
        double oracle = OracleAuc.fromTruthFile(run.file("truth/lead_probabilities.csv"), null, null);
        double withoutOrder = OracleAuc.fromTruthFile(run.file("truth/lead_probabilities.csv"), null, null, OracleAuc.WITHOUT_ORDER);
        assertThat(withoutOrder).isLessThan(oracle).isGreaterThan(oracle - 0.1);
    }

    @Test
    void givenAJourneyOfUnknownOrder_whenUpdatingTheMomentumBelief_thenEitherOrderCountsOneHalf() {
        LocalDate origin = LocalDate.of(2024, 1, 1);
        AccountTraits traits = new AccountTraits(1.2, 1.2, 0.6, true, Integer.MIN_VALUE, 12);
        double[] known = {1, 0, 0, 0};
        assertThat(new BuyingDynamics(true, origin, Integer.MAX_VALUE, 60)
                .momentumBeliefAfter(traits, known, 2, 2, false, 5, BuyingDynamics.PRICING_FIRST))
                .containsExactly(0.5, 0, 0, 0.5);
        assertThat(new BuyingDynamics(false, origin, Integer.MAX_VALUE, 60)
                .momentumBeliefAfter(traits, known, 2, 2, false, 5, BuyingDynamics.CASE_STUDY_FIRST))
                .containsExactly(0, 0, 1, 0);
    }

    @Test
    void givenAnUncertainMomentum_whenTheStageStays_thenTheBeliefLeansToTheMomentumThatMakesStayingLikelier() {
        BuyingDynamics dynamics = new BuyingDynamics(true, LocalDate.of(2024, 1, 1), Integer.MAX_VALUE, 60);
        AccountTraits traits = new AccountTraits(1.2, 1.2, 0.6, true, Integer.MIN_VALUE, 12);
        double[] tr = new double[BuyingDynamics.STAGES];
        dynamics.transition(traits, 3, 0, true, 5, tr);
        double stayWithout = tr[3];
        dynamics.transition(traits, 3, 3, true, 5, tr);
        double stayWith = tr[3];
        double[] after = dynamics.momentumBeliefAfter(traits, new double[] {0.5, 0, 0, 0.5}, 3, 3, true, 5,
                BuyingDynamics.NO_JOURNEY);
        // momentum 3 decays to 2 in a week without a journey; 0 stays 0
        assertThat(after[2]).isCloseTo(stayWith / (stayWith + stayWithout), within(1e-12)).isLessThan(0.5);
        assertThat(after[0] + after[2]).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void givenChainState_whenExactProbabilityComparedWithMonteCarlo_thenAgree() {
        LocalDate origin = LocalDate.of(2024, 1, 1);
        BuyingDynamics dynamics = new BuyingDynamics(true, origin, 20, 60);
        AccountTraits traits = new AccountTraits(1.2, 2.0, 0.6, true, 14, 12);
        double exact = dynamics.probabilityToBuy(traits, 2, 1, false, 10, BuyingDynamics.HORIZON_WEEKS);
        SplittableRandom rng = new SplittableRandom(5);
        double[] scratch = new double[BuyingDynamics.STAGES];
        int trials = 100_000;
        int bought = 0;
        for (int i = 0; i < trials; i++) {
            int stage = 2;
            int momentum = 1;
            boolean economicBuyer = false;
            for (int k = 0; k < BuyingDynamics.HORIZON_WEEKS && stage < 4; k++) {
                stage = dynamics.nextStage(traits, stage, momentum, economicBuyer, 10 + k, rng, scratch);
                if (stage < 4) {
                    int journey = dynamics.journey(stage, rng);
                    economicBuyer |= rng.nextDouble() < dynamics.economicBuyerJoins(stage);
                    momentum = dynamics.nextMomentum(momentum, journey);
                }
            }
            bought += stage == 4 ? 1 : 0;
        }
        assertThat(exact).isBetween(0.02, 0.98);
        assertThat((double) bought / trials).isCloseTo(exact, within(0.006));
    }

    @Test
    void givenDrift_whenComparingHealthcareBeforeAndAfter_thenNewIndustryConvertsOnlyWithDrift() {
        Instant drift = LocalDate.of(2024, 5, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        double[] drifted = healthcareShareOfWins(SimulatedRuns.drifted(), drift);
        double[] stable = healthcareShareOfWins(SimulatedRuns.large(true), drift);
        assertThat(drifted[1]).as("share of won leads from healthcare after drift").isGreaterThan(drifted[0] + 0.08);
        assertThat(stable[1]).as("without drift").isLessThan(stable[0] + 0.04);
    }

    @Test
    void givenDrift_whenComparingTrueProbabilities_thenCompetitorUsersLoseTheirEdge() {
        Instant drift = LocalDate.of(2024, 5, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        SimulatedRuns.Run run = SimulatedRuns.drifted();
        Map<String, Boolean> competitor = new HashMap<>();
        run.rows("accounts.csv").forEach(a -> competitor.put(a.get("account_id"), a.get("competitor_products") != null));
        Map<String, String> accountOf = new HashMap<>();
        run.rows("leads.csv").forEach(l -> accountOf.put(l.get("lead_id"), l.get("account_id")));
        double[] sums = new double[8];
        run.rows("truth/lead_probabilities.csv").forEach(t -> {
            int k = (Instant.parse(t.get("scored_at")).isBefore(drift) ? 0 : 4)
                    + (competitor.get(accountOf.get(t.get("lead_id"))) ? 0 : 2);
            sums[k] += Double.parseDouble(t.get("p_convert_90d"));
            sums[k + 1]++;
        });
        double ratioBefore = (sums[0] / sums[1]) / (sums[2] / sums[3]);
        double ratioAfter = (sums[4] / sums[5]) / (sums[6] / sums[7]);
        assertThat(ratioAfter).as("edge before %.2f, after %.2f", ratioBefore, ratioAfter).isLessThan(ratioBefore - 0.1);
    }

    /** Share of won leads whose account is in healthcare, for outcomes before and after {@code drift}. */
    private static double[] healthcareShareOfWins(SimulatedRuns.Run run, Instant drift) {
        Map<String, String> industry = new HashMap<>();
        run.rows("accounts.csv").forEach(a -> industry.put(a.get("account_id"), a.get("industry")));
        Map<String, String> accountOf = new HashMap<>();
        run.rows("leads.csv").forEach(l -> accountOf.put(l.get("lead_id"), l.get("account_id")));
        double[] counts = new double[4];
        run.rows("outcomes.csv").forEach(o -> {
            if (o.get("kind").equals("won")) {
                int k = Instant.parse(o.get("occurred_at")).isBefore(drift) ? 0 : 2;
                counts[k]++;
                if ("Healthcare".equalsIgnoreCase(industry.get(accountOf.get(o.get("lead_id"))))) {
                    counts[k + 1]++;
                }
            }
        });
        return new double[] {counts[1] / counts[0], counts[3] / counts[2]};
    }
}
