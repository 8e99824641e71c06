package dev.leadscope.qualification.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadscope.domain.account.BuyingStage;
import dev.leadscope.domain.bant.BantCriterion;
import dev.leadscope.domain.bant.BantStatus;
import dev.leadscope.domain.bant.CriterionAssessment;
import dev.leadscope.domain.bant.Evidence;
import dev.leadscope.domain.bant.NextAction;
import dev.leadscope.domain.bant.Readiness;
import dev.leadscope.domain.lead.RepId;
import dev.leadscope.domain.port.in.QualifyLeadUseCase.RepLoad;
import dev.leadscope.domain.scoring.Tier;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoutingTest {
    private final ReadinessPolicy readiness = ReadinessPolicy.DEFAULTS;
    private final RoutingRules routing = RoutingRules.defaults();

    static Map<BantCriterion, CriterionAssessment> bant(BantStatus b, BantStatus a, BantStatus n, BantStatus t) {
        Map<BantCriterion, CriterionAssessment> out = new EnumMap<>(BantCriterion.class);
        BantStatus[] s = {b, a, n, t};
        for (BantCriterion c : BantCriterion.values()) {
            BantStatus status = s[c.ordinal()];
            out.put(c, status == BantStatus.UNKNOWN ? CriterionAssessment.unknown(c)
                    : new CriterionAssessment(c, status, List.of(new Evidence(c, status, "test", "given"))));
        }
        return out;
    }

    static final BantStatus M = BantStatus.MET;
    static final BantStatus P = BantStatus.PARTLY;
    static final BantStatus N = BantStatus.NOT_MET;
    static final BantStatus U = BantStatus.UNKNOWN;

    RoutingRules.Route route(Tier tier, double p, BuyingStage stage, Map<BantCriterion, CriterionAssessment> bant) {
        return routing.route(tier, p, readiness.readiness(tier, bant), stage, bant);
    }

    @Test
    void givenTopTierWithThreeOfFourMet_whenRouted_thenCallNowWithTheReason() {
        var bant = bant(M, M, M, P);
        assertThat(readiness.readiness(Tier.TOP, bant)).isEqualTo(Readiness.SALES_READY);
        RoutingRules.Route r = route(Tier.TOP, 0.14, null, bant);
        assertThat(r.action()).isEqualTo(NextAction.CALL_NOW_WITH_ALERT);
        assertThat(r.reason()).isEqualTo("Top tier (14.0 %) with 3 of 4 BANT met: call now");
    }

    @Test
    void givenHighTierSalesReady_whenTheAccountIsDeciding_thenCallNowElseSequence() {
        var bant = bant(M, M, M, U);
        assertThat(route(Tier.HIGH, 0.07, BuyingStage.DECISION, bant).action()).isEqualTo(NextAction.CALL_NOW_WITH_ALERT);
        assertThat(route(Tier.HIGH, 0.07, BuyingStage.CONSIDERATION, bant).action()).isEqualTo(NextAction.SEQUENCE_AND_DEMO_INVITE);
        assertThat(route(Tier.HIGH, 0.07, null, bant).action()).isEqualTo(NextAction.SEQUENCE_AND_DEMO_INVITE);
    }

    @Test
    void givenAHighScoreWithWeakBant_whenRouted_thenNurtureNamingWhatIsMissing() {
        var bant = bant(M, P, U, U);
        assertThat(readiness.readiness(Tier.TOP, bant)).isEqualTo(Readiness.NURTURE);
        RoutingRules.Route r = route(Tier.TOP, 0.2, BuyingStage.AWARENESS, bant);
        assertThat(r.action()).isEqualTo(NextAction.NURTURE);
        assertThat(r.reason()).contains("authority partly", "need unknown", "timeline unknown").doesNotContain("budget");
        assertThat(route(Tier.TOP, 0.2, BuyingStage.DECISION, bant).action()).isEqualTo(NextAction.SEQUENCE_AND_DEMO_INVITE);
    }

    @Test
    void givenTwoCriteriaNotMet_whenRouted_thenDisqualifyEvenWithAHighScore() {
        var bant = bant(N, M, N, M);
        assertThat(readiness.readiness(Tier.HIGH, bant)).isEqualTo(Readiness.NOT_READY);
        RoutingRules.Route r = route(Tier.HIGH, 0.06, null, bant);
        assertThat(r.action()).isEqualTo(NextAction.DISQUALIFY);
        assertThat(r.reason()).startsWith("2 BANT criteria not met");
    }

    @Test
    void givenALowScoreWithoutEvidenceAgainst_whenRouted_thenNotReadyButNurtured() {
        var bant = bant(U, U, U, U);
        assertThat(readiness.readiness(Tier.LOW, bant)).isEqualTo(Readiness.NOT_READY);
        assertThat(route(Tier.LOW, 0.002, null, bant).action()).isEqualTo(NextAction.NURTURE);
        assertThat(readiness.readiness(Tier.MEDIUM, bant)).isEqualTo(Readiness.NURTURE);
    }

    @Test
    void givenACustomMinimum_whenTwoAreMet_thenSalesReady() {
        ReadinessPolicy lenient = new ReadinessPolicy(Set.of(Tier.HIGH, Tier.TOP), 2, 2, Set.of(Tier.MEDIUM));
        assertThat(lenient.readiness(Tier.HIGH, bant(M, M, P, U))).isEqualTo(Readiness.SALES_READY);
        assertThatThrownBy(() -> new ReadinessPolicy(Set.of(Tier.TOP), 5, 2, Set.of())).hasMessageContaining("minMet");
    }

    @Test
    void givenRulesWithoutACatchAll_whenBuilt_thenRejected() {
        assertThatThrownBy(() -> new RoutingRules(List.of(new RoutingRule(Set.of(Tier.TOP), Set.of(), Set.of(), 0,
                NextAction.CALL_NOW_WITH_ALERT, "top")))).hasMessageContaining("matches every lead");
    }

    @Test
    void givenRepsWithDifferentLoads_whenLeadsAreAssigned_thenLoadEvensOutByCapacity() {
        RepAssigner assigner = new RepAssigner();
        List<RepLoad> roster = List.of(new RepLoad(new RepId("ana"), 10, 1.0), new RepLoad(new RepId("ben"), 0, 1.0),
                new RepLoad(new RepId("cy"), 4, 2.0));
        assertThat(assigner.pick(roster)).contains(new RepId("ben"));
        List<RepId> assigned = assigner.assign(30, roster);
        long ana = assigned.stream().filter(r -> r.value().equals("ana")).count();
        long ben = assigned.stream().filter(r -> r.value().equals("ben")).count();
        long cy = assigned.stream().filter(r -> r.value().equals("cy")).count();
        assertThat(ana + ben + cy).isEqualTo(30);
        // final loads 10+ana, ben, 4+cy with cy at twice the capacity: (10+ana) ~ ben ~ (4+cy)/2
        assertThat(Math.abs((10 + ana) - ben)).isLessThanOrEqualTo(1);
        assertThat(Math.abs((4 + cy) / 2.0 - ben)).isLessThanOrEqualTo(1);
        assertThat(assigner.pick(List.of())).isEmpty();
        assertThatThrownBy(() -> assigner.assign(1, List.of())).hasMessageContaining("roster");
    }
}
