package dev.leadscope.rest.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.port.out.ModelRegistry;
import dev.leadscope.domain.scoring.ModelArtifact;
import dev.leadscope.domain.scoring.ModelInfo;
import dev.leadscope.domain.scoring.ModelVersion;
import dev.leadscope.domain.security.Role;
import dev.leadscope.rest.support.Api;
import dev.leadscope.rest.support.ApiTestBase;
import dev.leadscope.rest.support.Reply;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Workspace B's keys try to read and write workspace A's data by id, by filter, through imports, keys, the model
 * registry and the audit log. Every attempt is refused (404 where an id of A is named, so that existence is not
 * revealed) or sees only B, and A's data is counted afterwards: nothing leaked, nothing changed or lost.
 */
@MicronautTest
class TenancyApiTest extends ApiTestBase {
    @Inject
    ModelRegistry registry;

    private Api a;
    private Api b;
    private String wsA;
    private String account;
    private String lead;

    @BeforeEach
    void twoWorkspaces() {
        wsA = unique("ws-a");
        a = api.as(keys.issue(wsA, Role.ADMIN));
        b = api.as(keys.issue(unique("ws-b"), Role.ADMIN));
        account = unique("acc");
        lead = unique("lead");
        assertThat(a.post("/api/v1/accounts", "{\"id\":\"" + account + "\",\"name\":\"Secret Corp\"}").status()).isEqualTo(201);
        assertThat(a.post("/api/v1/leads", "{\"id\":\"" + lead + "\",\"accountId\":\"" + account + "\",\"title\":\"CFO\",\"email\":\"cfo@secret.example\"}")
                .status()).isEqualTo(201);
        assertThat(a.post("/api/v1/events", "{\"id\":\"" + unique("e") + "\",\"leadId\":\"" + lead
                + "\",\"type\":\"page_view\",\"category\":\"pricing\",\"occurredAt\":\"2025-03-01T09:00:00Z\"}").status()).isEqualTo(201);
        assertThat(a.post("/api/v1/leads/" + lead + "/notes", "{\"text\":\"budget 2M approved\",\"writtenAt\":\"2025-03-02T09:00:00Z\"}")
                .status()).isEqualTo(201);
    }

    private void assertWorkspaceAIntact() {
        Reply read = a.get("/api/v1/leads/" + lead);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.text("title")).isEqualTo("CFO");
        assertThat(read.text("email")).isEqualTo("cfo@secret.example");
        assertThat(a.get("/api/v1/leads/" + lead + "/timeline").list("entries")).hasSize(2);
        assertThat(a.get("/api/v1/leads").number("total")).isEqualTo(1);
        assertThat(a.get("/api/v1/accounts/" + account).text("name")).isEqualTo("Secret Corp");
    }

    private static void assertNotFound(Reply reply) {
        assertThat(reply.status()).as(reply.raw()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.raw()).doesNotContain("Secret Corp", "cfo@secret.example", "budget");
    }

    @Test
    void givenIdsOfAnotherWorkspace_whenReadByPath_thenNotFoundAndNothingLeaks() {
        assertNotFound(b.get("/api/v1/leads/" + lead));
        assertNotFound(b.get("/api/v1/accounts/" + account));
        assertNotFound(b.get("/api/v1/leads/" + lead + "/timeline"));
        assertNotFound(b.get("/api/v1/leads/" + lead + "/scores"));
        assertNotFound(b.get("/api/v1/leads/" + lead + "/score"));
        assertNotFound(b.get("/api/v1/leads/" + lead + "/qualification"));
        assertNotFound(b.get("/api/v1/accounts/" + account + "/score"));
        assertWorkspaceAIntact();
    }

    @Test
    void givenIdsOfAnotherWorkspace_whenWrittenByPath_thenRefusedAndWorkspaceAUnchanged() {
        assertNotFound(b.put("/api/v1/leads/" + lead, "{\"title\":\"Intern\"}"));
        assertNotFound(b.put("/api/v1/accounts/" + account, "{\"name\":\"Hijacked\"}"));
        assertNotFound(b.post("/api/v1/leads/" + lead + "/notes", "{\"text\":\"planted\"}"));
        assertNotFound(b.post("/api/v1/leads/" + lead + "/outcomes", "{\"kind\":\"lost\",\"occurredAt\":\"2025-03-03T00:00:00Z\"}"));
        assertNotFound(b.post("/api/v1/leads/" + lead + "/feedback", "{\"givenBy\":\"rep-1\",\"verdict\":\"bad_fit\"}"));
        assertNotFound(b.post("/api/v1/accounts/" + account + "/intent", "{\"topic\":\"x\",\"weekStart\":\"2025-03-03\",\"score\":90}"));
        assertNotFound(b.delete("/api/v1/leads/" + lead));
        Reply event = b.post("/api/v1/events", "{\"id\":\"" + unique("e") + "\",\"leadId\":\"" + lead
                + "\",\"type\":\"page_view\",\"occurredAt\":\"2025-03-01T10:00:00Z\"}");
        assertThat(event.status()).as(event.raw()).isEqualTo(422);
        assertThat(event.text("errors[0].field")).isEqualTo("leadId");
        assertWorkspaceAIntact();
    }

    @Test
    void givenTheSameIdInAnotherWorkspace_whenCreated_thenItIsAnotherRecordAndAIsUntouched() {
        Reply created = b.post("/api/v1/leads", "{\"id\":\"" + lead + "\",\"title\":\"Intern\"}");

        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(b.get("/api/v1/leads/" + lead).text("title")).isEqualTo("Intern");
        assertThat(b.get("/api/v1/leads/" + lead + "/timeline").list("entries")).isEmpty();
        assertWorkspaceAIntact();
    }

    @Test
    void givenFiltersNamingAnotherWorkspacesRecords_whenListed_thenOnlyOwnRecords() {
        assertThat(b.get("/api/v1/leads?accountId=" + account).number("total")).isZero();
        assertThat(b.get("/api/v1/leads").raw()).doesNotContain(lead);
        assertThat(b.get("/api/v1/accounts").raw()).doesNotContain(account);
        assertThat(b.get("/api/v1/leads?sort=score").raw()).doesNotContain(lead);
        assertThat(b.get("/api/v1/reps/rep-1/queue").raw()).doesNotContain(lead);
        assertThat(b.get("/api/v1/leads?workspace=" + wsA).raw()).doesNotContain(lead);
        assertWorkspaceAIntact();
    }

    @Test
    void givenAnotherWorkspacesKeysAndAudit_whenListedOrRevoked_thenNeitherSeenNorTouched() {
        String aAnalyst = keys.issue(wsA, Role.ANALYST);
        String aKeyId = dev.leadscope.rest.support.TestKeys.idOf(aAnalyst);

        assertNotFound(b.delete("/api/v1/keys/" + aKeyId));
        assertThat(b.get("/api/v1/keys").raw()).doesNotContain(aKeyId);
        assertThat(b.get("/api/v1/audit").raw()).doesNotContain(aKeyId, wsA);
        assertThat(api.as(aAnalyst).get("/api/v1/leads/" + lead).status()).isEqualTo(200);
        assertThat(a.get("/api/v1/audit").raw()).contains(aKeyId);
    }

    @Test
    void givenAnotherWorkspacesModel_whenReadOrActivated_thenNotFoundAndNotActivated() {
        String version = unique("v");
        ModelArtifact artifact = new ModelArtifact(new ModelInfo(new WorkspaceId(wsA), new ModelVersion(version),
                Instant.parse("2025-01-01T00:00:00Z"), "0123456789abcdef0123456789abcdef", Map.of("seed", "7"), Map.of("rocAuc", 0.8)),
                new byte[16], "# secret report");
        // committed outside the test's transaction, so that the server sees it
        CompletableFuture.runAsync(() -> registry.save(artifact)).join();

        assertNotFound(b.get("/api/v1/models/" + version));
        assertNotFound(b.get("/api/v1/models/" + version + "/report"));
        assertNotFound(b.post("/api/v1/models/" + version + "/activate", ""));
        assertThat(b.get("/api/v1/models").raw()).doesNotContain(version);
        assertThat(a.get("/api/v1/models").raw()).contains(version);
        assertThat(registry.active(new WorkspaceId(wsA))).isEmpty();
    }

    @Test
    void givenAnotherWorkspacesTrainingJob_whenPolled_thenNotFound() {
        Reply started = a.post("/api/v1/models", "{}");
        assertThat(started.status()).as(started.raw()).isEqualTo(202);

        assertNotFound(b.get("/api/v1/models/jobs/" + started.text("id")));
        assertThat(a.get("/api/v1/models/jobs/" + started.text("id")).status()).isEqualTo(200);
    }

    @Test
    void givenAnotherWorkspacesAccountTrainingJob_whenPolled_thenNotFound() {
        Reply started = a.post("/api/v1/account-models", "{}");
        assertThat(started.status()).as(started.raw()).isEqualTo(202);

        assertNotFound(b.get("/api/v1/account-models/jobs/" + started.text("id")));
        assertThat(a.get("/api/v1/account-models/jobs/" + started.text("id")).status()).isEqualTo(200);
    }

    @Test
    void givenAMappingNamingAnotherWorkspace_whenUploaded_thenRefusedAndNothingImported() {
        String other = unique("lead");
        Reply reply = b.send(upload("version: 1\nworkspace: " + wsA + "\n" + leadsSource("leads.csv"), "leads.csv",
                "lead_id,title\n" + other + ",CEO\n"));

        assertThat(reply.status()).as(reply.raw()).isEqualTo(400);
        assertThat(reply.raw()).contains("workspace");
        assertNotFound(a.get("/api/v1/leads/" + other));
        assertWorkspaceAIntact();
    }

    @Test
    void givenAMappingNamingAServerFile_whenUploaded_thenRefusedWithoutReadingIt() {
        Reply reply = b.send(upload("version: 1\n" + leadsSource("/etc/passwd"), "leads.csv", "lead_id,title\nx,CEO\n"));

        assertThat(reply.status()).as(reply.raw()).isEqualTo(400);
        assertThat(reply.raw()).contains("passwd").doesNotContain("root:");
    }

    @Test
    void givenAnotherWorkspacesImport_whenPolled_thenNotFound() throws Exception {
        String imported = unique("lead");
        Reply started = a.send(upload("version: 1\n" + leadsSource("leads.csv"), "leads.csv", "lead_id,title\n" + imported + ",CEO\n"));
        assertThat(started.status()).as(started.raw()).isEqualTo(202);
        String id = started.text("id");

        assertNotFound(b.get("/api/v1/imports/" + id));
        assertNotFound(b.get("/api/v1/imports/" + id + "/report"));
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!"succeeded".equals(a.get("/api/v1/imports/" + id).text("state")) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(a.get("/api/v1/leads/" + imported).status()).isEqualTo(200);
        assertNotFound(b.get("/api/v1/leads/" + imported));
    }

    private static String leadsSource(String file) {
        return "sources:\n  - file: " + file + "\n    kind: lead\n    fields:\n      lead_id: lead_id\n      title: title\n";
    }

    private static io.micronaut.http.MutableHttpRequest<?> upload(String mapping, String fileName, String csv) {
        MultipartBody body = MultipartBody.builder()
                .addPart("mapping", "mapping.yml", MediaType.TEXT_PLAIN_TYPE, mapping.getBytes(StandardCharsets.UTF_8))
                .addPart(fileName, fileName, MediaType.TEXT_PLAIN_TYPE, csv.getBytes(StandardCharsets.UTF_8))
                .build();
        return HttpRequest.POST("/api/v1/imports", body).contentType(MediaType.MULTIPART_FORM_DATA_TYPE);
    }
}
