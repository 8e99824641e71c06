package dev.leadscope.domain.webhook;

import static dev.leadscope.domain.fixtures.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.account.BuyingStage;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.notify.Notification;
import dev.leadscope.domain.scoring.Tier;
import org.junit.jupiter.api.Test;

/** Each kind's body carries the envelope and its own data, escaped as JSON. */
class WebhookPayloadTest {
    private final WorkspaceId ws = new WorkspaceId("acme");

    @Test
    void givenTierChange_thenEnvelopeAndDataInOrder() {
        String body = WebhookPayload.of("evt_1", new Notification.TierChanged(ws, new LeadId("lead-7"), null, Tier.TOP, 0.125, T0));

        assertThat(body).isEqualTo("{\"id\":\"evt_1\",\"kind\":\"tier_changed\",\"occurredAt\":\"2024-03-04T09:00:00.123456Z\","
                + "\"workspace\":\"acme\",\"subject\":\"lead-7\",\"data\":{\"lead\":\"lead-7\",\"from\":null,\"to\":\"top\",\"probability\":0.125}}");
    }

    @Test
    void givenTextWithQuotesAndControlCharacters_thenEscaped() {
        String body = WebhookPayload.of("evt_2", new Notification.ModelAlert(ws, "v3", "psi", 0.31, 0.2, "drift \"high\"\n\u0001", T0));

        assertThat(body).contains("\"message\":\"drift \\\"high\\\"\\n\\u0001\"").contains("\"kind\":\"model_alert\"");
    }

    @Test
    void givenStageChange_thenStagesInLowerCase() {
        String body = WebhookPayload.of("evt_3", new Notification.AccountStageChanged(ws, new AccountId("acc-1"), BuyingStage.CONSIDERATION,
                BuyingStage.DECISION, T0));

        assertThat(body).contains("\"data\":{\"account\":\"acc-1\",\"from\":\"consideration\",\"to\":\"decision\"}");
    }
}
