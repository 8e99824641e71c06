package dev.leadscope.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Security on the built jar, as an operator meets it: the first admin key from the command line, keys per workspace,
 * cross-workspace attempts by id and by filter, wrong roles, revocation from the command line, and anonymous health.
 */
class SecurityIT {

    @TempDir
    Path workDir;

    @Test
    void givenTwoWorkspaces_whenEachTriesTheOthersData_thenRefusedAndNothingLeaksOrChanges() throws Exception {
        Path dataDir = workDir.resolve("data");
        try (LeadscopeProcess service = LeadscopeProcess.start(workDir, dataDir, Map.of(), "security")) {
            Api.Response health = service.anonymous().get("/health");
            assertThat(health.status()).isEqualTo(200);
            assertThat(health.raw()).isEqualTo("{\"status\":\"UP\"}");
            Api.Response anonymous = service.anonymous().get("/api/v1/leads");
            assertThat(anonymous.status()).isEqualTo(401);
            assertThat(anonymous.contentType()).startsWith("application/problem+json");
            assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
            assertThat(service.anonymous().get("/api/v1/openapi.yml").status()).isEqualTo(200);

            Api a = service.api();
            Api.Response issued = a.post("/api/v1/keys", "{\"name\":\"client b admin\",\"role\":\"admin\"}");
            assertThat(issued.status()).isEqualTo(201);
            String otherWorkspaceKey = LeadscopeProcess.createKey(workDir, dataDir, Map.of(), "client-b", "admin");
            Api b = a.as(otherWorkspaceKey);
            assertThat(a.post("/api/v1/accounts", "{\"id\":\"acme\",\"name\":\"Acme\"}").status()).isEqualTo(201);
            assertThat(a.post("/api/v1/leads", "{\"id\":\"lead-1\",\"accountId\":\"acme\",\"title\":\"CFO\"}").status()).isEqualTo(201);
            assertThat(a.post("/api/v1/events", "{\"id\":\"e1\",\"leadId\":\"lead-1\",\"type\":\"page_view\","
                    + "\"occurredAt\":\"2025-03-01T09:00:00Z\"}").status()).isEqualTo(201);

            assertThat(b.get("/api/v1/leads/lead-1").status()).isEqualTo(404);
            assertThat(b.get("/api/v1/accounts/acme").status()).isEqualTo(404);
            assertThat(b.get("/api/v1/leads/lead-1/timeline").status()).isEqualTo(404);
            assertThat(b.put("/api/v1/leads/lead-1", "{\"title\":\"Intern\"}").status()).isEqualTo(404);
            assertThat(b.delete("/api/v1/leads/lead-1").status()).isEqualTo(404);
            assertThat(b.get("/api/v1/leads?accountId=acme").body().path("total").asLong()).isZero();
            assertThat(b.get("/api/v1/keys").raw()).doesNotContain(service.adminKey.substring(4, 20), "client b admin");

            String sales = LeadscopeProcess.createKey(workDir, dataDir, Map.of(), "default", "sales");
            assertThat(a.as(sales).get("/api/v1/leads/lead-1").status()).isEqualTo(200);
            assertThat(a.as(sales).post("/api/v1/events", "{\"id\":\"e2\",\"leadId\":\"lead-1\",\"type\":\"page_view\","
                    + "\"occurredAt\":\"2025-03-01T10:00:00Z\"}").status()).isEqualTo(403);
            String salesId = sales.substring(4, 20);
            LeadscopeProcess.CliResult revoked = LeadscopeProcess.cli(workDir, Map.of(), "keys", "revoke", salesId,
                    "--data-dir", dataDir.toAbsolutePath().toString());
            assertThat(revoked.exitCode()).as(revoked.stderr()).isZero();
            // a revocation by another process is seen once the service's key cache (5 s by default) lets go of it
            Api.Response afterRevoke = a.as(sales).get("/api/v1/leads/lead-1");
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (afterRevoke.status() == 200 && System.nanoTime() < deadline) {
                Thread.sleep(250);
                afterRevoke = a.as(sales).get("/api/v1/leads/lead-1");
            }
            assertThat(afterRevoke.status()).isEqualTo(401);
            assertThat(afterRevoke.body().path("detail").asText()).contains("revoked");

            Api.Response lead = a.get("/api/v1/leads/lead-1");
            assertThat(lead.body().path("title").asText()).isEqualTo("CFO");
            assertThat(a.get("/api/v1/leads/lead-1/timeline").body().path("entries").size()).isEqualTo(1);
            assertThat(a.get("/api/v1/audit").raw()).contains("key_created", "key_revoked", salesId);
        }
    }
}
