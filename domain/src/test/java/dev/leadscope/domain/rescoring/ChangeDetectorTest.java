package dev.leadscope.domain.rescoring;

import static dev.leadscope.domain.fixtures.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.account.AccountScore;
import dev.leadscope.domain.account.BuyingStage;
import dev.leadscope.domain.account.Surge;
import dev.leadscope.domain.bant.Readiness;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.notify.Notification;
import dev.leadscope.domain.scoring.ConversionProbability;
import dev.leadscope.domain.scoring.Tier;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangeDetectorTest {
    private static final WorkspaceId WS = new WorkspaceId("ws");
    private static final LeadId LEAD = new LeadId("lead-1");
    private static final AccountId ACME = new AccountId("acme");
    private final ChangeDetector detector = new ChangeDetector(List.of(0.1, 0.5));

    @Test
    void givenFirstRescoring_whenDetected_thenTierFromNothingAndThresholdsPassedUpward() {
        List<Notification> out = detector.lead(WS, null, new LeadState(LEAD, Tier.TOP, Readiness.NURTURE, 0.2), "NURTURE", T0);

        assertThat(out).containsExactly(new Notification.TierChanged(WS, LEAD, null, Tier.TOP, 0.2, T0),
                new Notification.ScoreCrossedThreshold(WS, LEAD, 0.1, true, 0.2, T0));
    }

    @Test
    void givenSameTierAndReadiness_whenDetected_thenNothing() {
        LeadState before = new LeadState(LEAD, Tier.HIGH, Readiness.SALES_READY, 0.07);

        assertThat(detector.lead(WS, before, new LeadState(LEAD, Tier.HIGH, Readiness.SALES_READY, 0.08), "CALL_NOW_WITH_ALERT", T0)).isEmpty();
    }

    @Test
    void givenLeadBecomingSalesReadyAndFallingBelowAThreshold_whenDetected_thenBothAnnounced() {
        LeadState before = new LeadState(LEAD, Tier.TOP, Readiness.NURTURE, 0.6);

        List<Notification> out = detector.lead(WS, before, new LeadState(LEAD, Tier.TOP, Readiness.SALES_READY, 0.4),
                "CALL_NOW_WITH_ALERT", T0);

        assertThat(out).containsExactly(new Notification.BecameSalesReady(WS, LEAD, Tier.TOP, 0.4, "call_now_with_alert", T0),
                new Notification.ScoreCrossedThreshold(WS, LEAD, 0.5, false, 0.4, T0));
    }

    @Test
    void givenAccountMovingStageAndStartingToSurge_whenDetected_thenStageChangeAndSurge() {
        AccountScore now = account(BuyingStage.DECISION, true);

        assertThat(detector.account(WS, new AccountState(ACME, BuyingStage.CONSIDERATION, false), now, T0))
                .containsExactly(new Notification.AccountStageChanged(WS, ACME, BuyingStage.CONSIDERATION, BuyingStage.DECISION, T0),
                        new Notification.AccountSurged(WS, ACME, 3.0, T0));
        assertThat(detector.account(WS, new AccountState(ACME, BuyingStage.DECISION, true), now, T0)).isEmpty();
    }

    @Test
    void givenThresholdOutsideTheUnitInterval_whenMade_thenRefused() {
        assertThatThrownBy(() -> new ChangeDetector(List.of(1.0))).isInstanceOf(IllegalArgumentException.class);
    }

    private static AccountScore account(BuyingStage stage, boolean surging) {
        return new AccountScore(WS, ACME, new ConversionProbability(0.3), AccountScore.Method.COMBINED, Map.of(), Map.of(), stage,
                new Surge(3, 1, 3.0, surging), List.of(), List.of(), T0);
    }
}
