package dev.leadscope.rest.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.port.out.ApiKeys;
import dev.leadscope.domain.security.ApiKey;
import dev.leadscope.domain.security.ApiKeyToken;
import dev.leadscope.domain.security.Role;
import dev.leadscope.rest.support.Api;
import dev.leadscope.rest.support.ApiTestBase;
import dev.leadscope.rest.support.Reply;
import dev.leadscope.rest.support.TestKeys;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Missing, unknown, malformed, expired and revoked credentials get 401; wrong roles get 403; the right role gets through. */
@MicronautTest
class SecurityApiTest extends ApiTestBase {
    @Inject
    ApiKeys stored;

    @Inject
    io.micronaut.web.router.Router router;

    private String ws;
    private Api admin;

    @BeforeEach
    void workspace() {
        ws = unique("ws");
        admin = api.as(keys.issue(ws, Role.ADMIN));
    }

    static void assertUnauthorized(Reply reply, String detail) {
        assertThat(reply.status()).as(reply.raw()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.text("type")).endsWith("/unauthorized");
        assertThat(reply.text("detail")).contains(detail);
    }

    static void assertForbidden(Reply reply) {
        assertThat(reply.status()).as(reply.raw()).isEqualTo(403);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.text("type")).endsWith("/forbidden");
    }

    @Test
    void givenNoCredentials_whenAnyDataEndpointCalled_then401WithChallenge() {
        Reply reply = api.anonymous().get("/api/v1/leads");
        assertUnauthorized(reply, "an API key is required");

        var raw = api.anonymous().send(HttpRequest.GET("/api/v1/accounts"));
        assertThat(raw.status()).isEqualTo(401);
        assertUnauthorized(api.anonymous().post("/api/v1/events/batch", "{\"events\":[]}"), "API key");
        assertUnauthorized(api.anonymous().get("/"), "API key");
        assertUnauthorized(api.anonymous().get("/api/v1/no-such-thing"), "API key");
    }

    @Test
    void givenNoCredentials_whenChallenged_thenWwwAuthenticateNamesBearer() {
        io.micronaut.http.client.exceptions.HttpClientResponseException e = org.junit.jupiter.api.Assertions.assertThrows(
                io.micronaut.http.client.exceptions.HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.GET("/api/v1/leads").header("X-API-Key", "lsk_0000000000000000_"
                        + "a".repeat(43)), String.class));
        assertThat(e.getResponse().getHeaders().get("WWW-Authenticate")).startsWith("Bearer realm=\"leadscope\"").contains("invalid_token");
    }

    @Test
    void givenAnonymousCaller_whenHealthAndApiDescriptionAsked_thenServedWithoutDetails() {
        Reply health = api.anonymous().get("/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.keys()).containsExactly("status");
        assertThat(health.text("status")).isEqualTo("UP");
        assertThat(api.anonymous().get("/api/v1/openapi.yml").status()).isEqualTo(200);
        assertThat(admin.get("/health").raw()).contains("jdbc");
    }

    @Test
    void givenUnknownOrMalformedKey_whenCalled_then401SayingSo() {
        assertUnauthorized(api.as(ApiKeyToken.random(new SecureRandom()).text()).get("/api/v1/leads"), "not known");
        assertUnauthorized(api.as("not-a-key").get("/api/v1/leads"), "not a Leadscope API key");
        String good = keys.issue(ws, Role.ADMIN);
        assertUnauthorized(api.as(good.substring(0, good.length() - 1) + (good.endsWith("A") ? "B" : "A")).get("/api/v1/leads"), "not known");
        Reply basic = api.send(HttpRequest.GET("/api/v1/leads").basicAuth("admin", "admin"));
        assertUnauthorized(basic, "not a Leadscope API key");
    }

    @Test
    void givenKeyInXApiKeyHeader_whenCalled_thenAccepted() {
        String token = keys.issue(ws, Role.ANALYST);
        Reply reply = api.send(HttpRequest.GET("/api/v1/leads").header("X-API-Key", token));
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
    }

    @Test
    void givenExpiredKey_whenCalled_then401Expired() {
        ApiKeyToken token = ApiKeyToken.random(new SecureRandom());
        Instant now = Instant.now();
        CompletableFuture.runAsync(() -> stored.insert(ApiKey.issue(new WorkspaceId(ws), token, "old", Role.ADMIN,
                now.minus(Duration.ofDays(2)), now.minus(Duration.ofDays(1))))).join();

        assertUnauthorized(api.as(token.text()).get("/api/v1/leads"), "expired");
    }

    @Test
    void givenKeyIssuedOverRest_whenUsedListedAndRevoked_thenShownOnceWorksUntilRevokedAndAudited() {
        Reply issued = admin.post("/api/v1/keys", "{\"name\":\"crm sync\",\"role\":\"ingest\",\"expiresAt\":\"2099-01-01T00:00:00Z\"}");
        assertThat(issued.status()).as(issued.raw()).isEqualTo(201);
        String token = issued.text("token");
        String id = issued.text("key.id");
        assertThat(token).startsWith("lsk_" + id + "_");
        assertThat(issued.text("key.role")).isEqualTo("ingest");

        Api ingest = api.as(token);
        assertThat(ingest.post("/api/v1/leads", "{\"id\":\"" + unique("l") + "\",\"title\":\"CTO\"}").status()).isEqualTo(201);
        Reply listed = admin.get("/api/v1/keys");
        assertThat(listed.raw()).contains(id).doesNotContain(token.substring(21));

        Reply revoked = admin.delete("/api/v1/keys/" + id);
        assertThat(revoked.status()).as(revoked.raw()).isEqualTo(200);
        assertThat(revoked.text("revokedAt")).isNotNull();
        assertUnauthorized(ingest.post("/api/v1/leads", "{\"id\":\"" + unique("l") + "\",\"title\":\"CTO\"}"), "revoked");
        assertThat(admin.delete("/api/v1/keys/" + id).status()).isEqualTo(200);

        Reply audit = admin.get("/api/v1/audit");
        assertThat(audit.texts("items", "action")).containsSubsequence("key_revoked", "key_created");
        assertThat(audit.texts("items", "subject")).contains(id);
        assertThat(audit.texts("items", "action").stream().filter("key_revoked"::equals)).hasSize(1);
    }

    @Test
    void givenBadKeyRequests_whenPosted_then400NamingTheField() {
        assertThat(admin.post("/api/v1/keys", "{\"name\":\"x\",\"role\":\"root\"}").text("errors[0].field")).isEqualTo("role");
        assertThat(admin.post("/api/v1/keys", "{\"role\":\"sales\"}").text("errors[0].field")).isEqualTo("name");
        Reply past = admin.post("/api/v1/keys", "{\"name\":\"x\",\"role\":\"sales\",\"expiresAt\":\"2001-01-01T00:00:00Z\"}");
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.text("errors[0].field")).isEqualTo("expiresAt");
        assertThat(admin.delete("/api/v1/keys/not-a-key-id").status()).isEqualTo(404);
    }

    @Test
    void givenWrongRoles_whenCalled_then403AndNothingWritten() {
        Api sales = api.as(keys.issue(ws, Role.SALES));
        Api ingest = api.as(keys.issue(ws, Role.INGEST));
        Api analyst = api.as(keys.issue(ws, Role.ANALYST));
        String lead = unique("lead");
        assertThat(ingest.post("/api/v1/leads", "{\"id\":\"" + lead + "\",\"title\":\"CTO\"}").status()).isEqualTo(201);

        assertForbidden(sales.post("/api/v1/events", "{\"id\":\"e1\",\"leadId\":\"" + lead + "\",\"type\":\"page_view\",\"occurredAt\":\"2025-01-01T00:00:00Z\"}"));
        assertForbidden(sales.post("/api/v1/leads", "{\"id\":\"" + unique("l") + "\",\"title\":\"CTO\"}"));
        assertForbidden(sales.delete("/api/v1/leads/" + lead));
        assertForbidden(sales.post("/api/v1/models", "{}"));
        assertForbidden(ingest.get("/api/v1/leads"));
        assertForbidden(ingest.get("/api/v1/leads/" + lead));
        assertForbidden(ingest.post("/api/v1/leads/" + lead + "/feedback", "{\"givenBy\":\"r\",\"verdict\":\"good_fit\"}"));
        assertForbidden(ingest.get("/api/v1/keys"));
        assertForbidden(analyst.post("/api/v1/models/v1/activate", ""));
        assertForbidden(analyst.post("/api/v1/models/rollback", ""));
        assertForbidden(analyst.post("/api/v1/models", "{\"activate\": true}"));
        assertForbidden(analyst.post("/api/v1/account-models/v1/activate", ""));
        assertForbidden(analyst.post("/api/v1/account-models/rollback", ""));
        assertForbidden(analyst.post("/api/v1/account-models", "{\"activate\": true}"));
        assertForbidden(ingest.post("/api/v1/leads/" + lead + "/assign", "{}"));
        assertForbidden(analyst.post("/api/v1/keys", "{\"name\":\"x\",\"role\":\"admin\"}"));
        assertForbidden(analyst.get("/api/v1/audit"));
        assertForbidden(analyst.delete("/api/v1/leads/" + lead));
        Reply detail = sales.post("/api/v1/leads", "{}");
        assertThat(detail.text("detail")).contains("ingest").contains("sales");

        assertThat(admin.get("/api/v1/leads/" + lead + "/timeline").list("entries")).isEmpty();
        assertThat(admin.get("/api/v1/leads").number("total")).isEqualTo(1);
        assertThat(admin.get("/api/v1/keys").list("").size()).isEqualTo(4);
    }

    @Test
    void givenRightRoles_whenCalled_thenServed() {
        Api sales = api.as(keys.issue(ws, Role.SALES));
        Api ingest = api.as(keys.issue(ws, Role.INGEST));
        Api analyst = api.as(keys.issue(ws, Role.ANALYST));
        String lead = unique("lead");

        assertThat(ingest.post("/api/v1/leads", "{\"id\":\"" + lead + "\",\"title\":\"CTO\",\"owner\":\"r\"}").status()).isEqualTo(201);
        assertThat(ingest.post("/api/v1/events/batch", "{\"events\":[{\"id\":\"e1\",\"leadId\":\"" + lead
                + "\",\"type\":\"page_view\",\"occurredAt\":\"2025-01-01T00:00:00Z\"}]}").status()).isEqualTo(200);
        assertThat(sales.get("/api/v1/leads/" + lead).status()).isEqualTo(200);
        assertThat(sales.post("/api/v1/leads/" + lead + "/feedback", "{\"givenBy\":\"r\",\"verdict\":\"good_fit\"}").status()).isEqualTo(201);
        assertThat(sales.get("/api/v1/reps/r/queue").status()).isEqualTo(200);
        assertThat(analyst.get("/api/v1/leads/" + lead + "/timeline").list("entries")).hasSize(1);
        assertThat(analyst.get("/api/v1/models").status()).isEqualTo(200);
        assertThat(sales.get("/").status()).isEqualTo(200);
    }

    @Test
    void givenMalformedAndOversizedBodies_whenPosted_thenProblemsAndNothingStored() {
        Api ingest = api.as(keys.issue(ws, Role.INGEST));
        assertThat(ingest.post("/api/v1/leads", "{\"id\": \"x\",").status()).isEqualTo(400);
        assertThat(ingest.send(HttpRequest.POST("/api/v1/leads", "<lead/>").contentType(MediaType.APPLICATION_XML_TYPE)).status())
                .isEqualTo(415);
        StringBuilder batch = new StringBuilder("{\"events\":[");
        for (int i = 0; i <= 10_000; i++) {
            batch.append(i == 0 ? "" : ",").append("{\"id\":\"e").append(i).append("\",\"leadId\":\"l\",\"type\":\"t\",\"occurredAt\":\"2025-01-01T00:00:00Z\"}");
        }
        Reply tooMany = ingest.post("/api/v1/events/batch", batch.append("]}").toString());
        assertThat(tooMany.status()).as(tooMany.raw()).isEqualTo(413);
        assertThat(tooMany.contentType()).startsWith("application/problem+json");
        assertThat(admin.get("/api/v1/leads").number("total")).isZero();
    }

    @Test
    void everyRouteOfTheApplicationIsInTheRoleTableOrAnonymous() {
        java.util.List<String> unlisted = router.uriRoutes()
                .map(r -> r.getHttpMethodName() + " " + r.getUriMatchTemplate().toString().replaceAll("\\{\\?[^}]*}", "")
                        .replaceAll("(.)/$", "$1"))
                .filter(route -> !RoutePermissions.table().containsKey(route))
                .filter(route -> !RoutePermissions.anonymous(route.substring(0, route.indexOf(' ')), route.substring(route.indexOf(' ') + 1)))
                .filter(route -> !route.startsWith("HEAD ") && !route.startsWith("OPTIONS "))
                .distinct().toList();
        assertThat(unlisted).as("routes missing from RoutePermissions (admin-only until listed)").isEmpty();
    }

    @Test
    void givenTheKeyIdOfAToken_whenRead_thenItIsTheListedId() {
        String token = keys.issue(ws, Role.SALES);
        assertThat(admin.get("/api/v1/keys").texts("", "id")).contains(TestKeys.idOf(token));
    }
}
