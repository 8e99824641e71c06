package dev.leadscope.rest.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.security.Role;
import dev.leadscope.rest.support.Api;
import dev.leadscope.rest.support.ApiTestBase;
import dev.leadscope.rest.support.Reply;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The configurable limits: request body size (413), import file size (413) and the per-key rate limit (429 with Retry-After). */
@MicronautTest
@Property(name = "micronaut.server.max-request-size", value = "65536")
@Property(name = "micronaut.server.multipart.max-file-size", value = "32768")
@Property(name = "leadscope.security.rate-limit.requests-per-second", value = "0.5")
@Property(name = "leadscope.security.rate-limit.burst", value = "5")
class LimitsApiTest extends ApiTestBase {

    @Test
    void givenBodyOverTheLimit_whenPosted_then413ProblemAndNothingStored() {
        String ws = unique("ws");
        Api ingest = api.as(keys.issue(ws, Role.INGEST));
        String lead = unique("lead");
        Reply reply = ingest.post("/api/v1/leads", "{\"id\":\"" + lead + "\",\"title\":\"" + "x".repeat(70_000) + "\"}");

        assertThat(reply.status()).as(reply.raw()).isEqualTo(413);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(api.as(keys.issue(ws, Role.ADMIN)).get("/api/v1/leads/" + lead).status()).isEqualTo(404);
    }

    @Test
    void givenImportFileOverTheLimit_whenUploaded_then413AndNothingImported() {
        String ws = unique("ws");
        String lead = unique("lead");
        StringBuilder csv = new StringBuilder("lead_id,title\n" + lead + ",CEO\n");
        while (csv.length() < 40_000) {
            csv.append(unique("l")).append(",Engineer\n");
        }
        MultipartBody body = MultipartBody.builder()
                .addPart("mapping", "mapping.yml", MediaType.TEXT_PLAIN_TYPE,
                        "version: 1\nsources:\n  - file: leads.csv\n    kind: lead\n    fields:\n      lead_id: lead_id\n      title: title\n"
                                .getBytes(StandardCharsets.UTF_8))
                .addPart("leads.csv", "leads.csv", MediaType.TEXT_PLAIN_TYPE, csv.toString().getBytes(StandardCharsets.UTF_8))
                .build();
        Reply reply = api.as(keys.issue(ws, Role.INGEST)).send(HttpRequest.POST("/api/v1/imports", body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE));

        assertThat(reply.status()).as(reply.raw()).isEqualTo(413);
        assertThat(api.as(keys.issue(ws, Role.ADMIN)).get("/api/v1/leads/" + lead).status()).isEqualTo(404);
    }

    @Test
    void givenBurstUsedUp_whenCalledAgain_then429WithRetryAfterForThatKeyOnly() {
        String ws = unique("ws");
        Api busy = api.as(keys.issue(ws, Role.ANALYST));
        for (int i = 0; i < 5; i++) {
            assertThat(busy.get("/api/v1/leads").status()).isEqualTo(200);
        }
        Reply limited = busy.get("/api/v1/leads");
        assertThat(limited.status()).as(limited.raw()).isEqualTo(429);
        assertThat(limited.contentType()).startsWith("application/problem+json");
        assertThat(limited.text("type")).endsWith("/too-many-requests");

        String token = keys.issue(ws, Role.ANALYST);
        HttpClientResponseException e = org.junit.jupiter.api.Assertions.assertThrows(HttpClientResponseException.class, () -> {
            for (int i = 0; i < 7; i++) {
                client.toBlocking().exchange(HttpRequest.GET("/api/v1/leads").bearerAuth(token), String.class);
            }
        });
        assertThat(e.getStatus().getCode()).isEqualTo(429);
        assertThat(Long.parseLong(e.getResponse().getHeaders().get("Retry-After"))).isBetween(1L, 2L);

        assertThat(api.as(keys.issue(ws, Role.ANALYST)).get("/api/v1/leads").status()).isEqualTo(200);
        assertThat(api.anonymous().get("/health").status()).isEqualTo(200);
    }
}
