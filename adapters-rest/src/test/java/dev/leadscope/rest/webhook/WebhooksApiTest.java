package dev.leadscope.rest.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.notify.Notification;
import dev.leadscope.domain.port.out.Notifications;
import dev.leadscope.domain.scoring.Tier;
import dev.leadscope.domain.security.Role;
import dev.leadscope.domain.webhook.WebhookSignature;
import dev.leadscope.rest.support.Api;
import dev.leadscope.rest.support.ApiTestBase;
import dev.leadscope.rest.support.Reply;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Webhooks over HTTP against a real local receiver: subscription CRUD and validation, signed deliveries retried with
 * backoff until delivered or dead, redelivery, pings, workspace isolation and roles. The test configuration uses
 * tiny backoffs (application-test.yml).
 */
@MicronautTest
class WebhooksApiTest extends ApiTestBase {
    @Inject
    Notifications notifications;

    @Inject
    MeterRegistry meters;

    private String ws;
    private Api admin;
    private Receiver receiver;

    @BeforeEach
    void workspace() {
        ws = unique("ws");
        admin = api.as(keys.issue(ws, Role.ADMIN));
        receiver = new Receiver(0);
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    private Reply subscribe(Api as, String url, String... kinds) {
        String list = String.join("\",\"", kinds);
        return as.post("/api/v1/webhooks", "{\"url\":\"" + url + "\",\"kinds\":[\"" + list + "\"],\"description\":\"crm\"}");
    }

    /** Publishes on a thread of its own, outside the transaction the test runs in, so that the workers see it committed. */
    private void publishTierChange(String workspace, String lead) {
        CompletableFuture.runAsync(() -> notifications.publish(List.of(new Notification.TierChanged(new WorkspaceId(workspace), new LeadId(lead),
                Tier.MEDIUM, Tier.TOP, 0.2, Instant.now().truncatedTo(ChronoUnit.MILLIS))))).join();
    }

    private double count(String outcome) {
        return meters.get("leadscope.webhook.deliveries").tag("outcome", outcome).counter().count();
    }

    private Reply log(String id) {
        return admin.get("/api/v1/webhooks/" + id + "/deliveries");
    }

    @Test
    void givenNewWebhook_thenItsSecretIsShownOnce_andItCanBeListedChangedAndDeleted() {
        Reply created = subscribe(admin, receiver.url(), "tier_changed", "sales_ready");
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.text("secret")).startsWith("whsec_");
        String id = created.text("webhook.id");

        Reply shown = admin.get("/api/v1/webhooks/" + id);
        assertThat(shown.keys()).doesNotContain("secret");
        assertThat(shown.raw()).doesNotContain(created.text("secret"));
        assertThat(shown.list("kinds")).containsExactly("tier_changed", "sales_ready");
        assertThat(admin.get("/api/v1/webhooks").texts("", "id")).containsExactly(id);

        Reply changed = admin.patch("/api/v1/webhooks/" + id, "{\"kinds\":[\"model_alert\"],\"active\":false}");
        assertThat(changed.status()).as(changed.raw()).isEqualTo(200);
        assertThat(changed.list("kinds")).containsExactly("model_alert");
        assertThat(changed.at("active")).isEqualTo(false);
        assertThat(changed.text("url")).isEqualTo(receiver.url());

        assertThat(admin.delete("/api/v1/webhooks/" + id).status()).isEqualTo(204);
        assertThat(admin.get("/api/v1/webhooks/" + id).status()).isEqualTo(404);
    }

    @Test
    void givenBadValues_thenEachErrorNamesItsField() {
        Reply url = subscribe(admin, "ftp://example.com/x", "tier_changed");
        assertThat(url.status()).isEqualTo(400);
        assertThat(url.contentType()).startsWith("application/problem+json");
        assertThat(url.text("errors[0].field")).isEqualTo("url");

        Reply kind = subscribe(admin, receiver.url(), "tier_changed", "lead_created");
        assertThat(kind.status()).isEqualTo(400);
        assertThat(kind.text("errors[0].field")).isEqualTo("kinds[1]");
        assertThat(kind.text("errors[0].reason")).contains("lead_created").contains("tier_changed");

        Reply secret = admin.post("/api/v1/webhooks", "{\"url\":\"" + receiver.url() + "\",\"secret\":\"short\",\"kinds\":[\"model_alert\"]}");
        assertThat(secret.status()).isEqualTo(400);
        assertThat(secret.text("errors[0].field")).isEqualTo("secret");

        Reply none = admin.post("/api/v1/webhooks", "{\"url\":\"" + receiver.url() + "\",\"kinds\":[]}");
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.text("errors[0].field")).isEqualTo("kinds");

        Reply patch = admin.patch("/api/v1/webhooks/" + subscribe(admin, receiver.url(), "tier_changed").text("webhook.id"), "{\"url\":\"not a url\"}");
        assertThat(patch.status()).isEqualTo(400);
        assertThat(patch.text("errors[0].field")).isEqualTo("url");
    }

    @Test
    void givenReceiverFailingTwice_whenATierChangeIsPublished_thenRetriedUntilDelivered_signedAndWithTheSameIdempotencyKey() {
        Reply created = subscribe(admin, receiver.url(), "tier_changed");
        String id = created.text("webhook.id");
        String secret = created.text("secret");
        receiver.failNext(2);

        publishTierChange(ws, "lead-1");
        Receiver.await("delivery", () -> "delivered".equals(log(id).text("items[0].status")));

        assertThat(receiver.requests).hasSize(3);
        assertThat(receiver.requests).extracting(r -> r.header("Leadscope-Idempotency-Key")).doesNotContainNull().containsOnly(
                receiver.requests.get(0).header("Leadscope-Idempotency-Key"));
        assertThat(receiver.requests).extracting(r -> r.header("Leadscope-Event")).containsOnly("tier_changed");
        for (Receiver.Request r : receiver.requests) {
            String signature = r.header("Leadscope-Signature");
            long t = Long.parseLong(signature.substring(2, signature.indexOf(',')));
            assertThat(signature).isEqualTo(WebhookSignature.header(secret, t, r.body()));
            assertThat(r.body()).contains("\"kind\":\"tier_changed\"", "\"workspace\":\"" + ws + "\"", "\"lead\":\"lead-1\"", "\"to\":\"top\"");
        }
        Reply log = log(id);
        assertThat(log.list("items[0].log")).hasSize(3);
        assertThat(log.texts("items[0].log", "statusCode")).containsExactly("500", "500", "204");
        assertThat(log.text("items[0].log[0].nextAttemptAt")).isNotNull();
        assertThat(log.text("items[0].log[2].nextAttemptAt")).isNull();
        assertThat(log.text("items[0].idempotencyKey")).isEqualTo(receiver.requests.get(0).header("Leadscope-Idempotency-Key"));
    }

    @Test
    void givenReceiverAlwaysFailing_thenTheDeliveryDies_andRedeliverSendsItOnceTheReceiverIsBack() {
        String id = subscribe(admin, receiver.url(), "tier_changed").text("webhook.id");
        receiver.failNext(1000);
        double deadBefore = count("dead");
        double retriedBefore = count("retried");

        publishTierChange(ws, "lead-2");
        Receiver.await("dead letter", () -> "dead".equals(log(id).text("items[0].status")));
        assertThat(receiver.requests).hasSize(3);
        String deliveryId = log(id).text("items[0].id");
        assertThat(count("dead") - deadBefore).isEqualTo(1);
        assertThat(count("retried") - retriedBefore).isEqualTo(2);
        assertThat(meters.get("leadscope.webhook.latency").tag("outcome", "dead").timer().count()).isPositive();
        assertThat(meters.get("leadscope.webhook.outbox.pending").gauge().value()).isNotNegative();

        assertThat(admin.post("/api/v1/webhooks/" + id + "/deliveries/dlv_000000000000000000000000/redeliver", "").status()).isEqualTo(404);
        receiver.failNext(0);
        Reply redelivered = admin.post("/api/v1/webhooks/" + id + "/deliveries/" + deliveryId + "/redeliver", "");
        assertThat(redelivered.status()).as(redelivered.raw()).isEqualTo(202);
        Receiver.await("redelivery", () -> "delivered".equals(log(id).text("items[0].status")));

        assertThat(receiver.requests).hasSize(4);
        assertThat(receiver.requests.get(3).body()).isEqualTo(receiver.requests.get(0).body());
        Reply again = admin.post("/api/v1/webhooks/" + id + "/deliveries/" + deliveryId + "/redeliver", "");
        assertThat(again.status()).isEqualTo(202);
    }

    @Test
    void givenWebhooksInTwoWorkspaces_whenOnePublishes_thenOnlyItsOwnReceiverHearsOfIt_andTheOtherCannotSeeIt() {
        String other = unique("ws");
        Api otherAdmin = api.as(keys.issue(other, Role.ADMIN));
        try (Receiver otherReceiver = new Receiver(0)) {
            String otherId = subscribe(otherAdmin, otherReceiver.url(), "tier_changed").text("webhook.id");
            String id = subscribe(admin, receiver.url(), "tier_changed").text("webhook.id");

            publishTierChange(ws, "lead-3");
            Receiver.await("delivery", () -> "delivered".equals(log(id).text("items[0].status")));

            assertThat(otherReceiver.requests).isEmpty();
            assertThat(otherAdmin.get("/api/v1/webhooks/" + otherId + "/deliveries").list("items")).isEmpty();
            assertThat(admin.get("/api/v1/webhooks/" + otherId).status()).isEqualTo(404);
            assertThat(admin.post("/api/v1/webhooks/" + otherId + "/test", "").status()).isEqualTo(404);
            assertThat(admin.get("/api/v1/webhooks").texts("", "id")).containsExactly(id);
        }
    }

    @Test
    void givenWebhook_whenPinged_thenTheReceiverGetsASignedPingAndTheAnswerShowsTheAttempt() {
        Reply created = subscribe(admin, receiver.url(), "model_alert");
        String id = created.text("webhook.id");

        Reply ping = admin.post("/api/v1/webhooks/" + id + "/test", "");

        assertThat(ping.status()).as(ping.raw()).isEqualTo(200);
        assertThat(ping.text("event")).isEqualTo("ping");
        assertThat(ping.text("status")).isEqualTo("delivered");
        assertThat(ping.text("log[0].statusCode")).isEqualTo("204");
        assertThat(receiver.requests).hasSize(1);
        Receiver.Request r = receiver.requests.get(0);
        assertThat(r.header("Leadscope-Event")).isEqualTo("ping");
        assertThat(r.header("Leadscope-Delivery")).isEqualTo(ping.text("id"));
        long t = Long.parseLong(r.header("Leadscope-Signature").substring(2, r.header("Leadscope-Signature").indexOf(',')));
        assertThat(r.header("Leadscope-Signature")).isEqualTo(WebhookSignature.header(created.text("secret"), t, r.body()));
    }

    @Test
    void givenNonAdminRoles_thenWebhooksAreForbidden() {
        for (Role role : List.of(Role.ANALYST, Role.SALES, Role.INGEST)) {
            Api as = api.as(keys.issue(ws, role));
            assertThat(as.get("/api/v1/webhooks").status()).isEqualTo(403);
            assertThat(subscribe(as, receiver.url(), "tier_changed").status()).isEqualTo(403);
        }
    }
}
