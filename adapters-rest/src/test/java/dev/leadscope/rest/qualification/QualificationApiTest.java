package dev.leadscope.rest.qualification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.port.in.SimulateHistoryUseCase;
import dev.leadscope.rest.imports.job.ImportJob;
import dev.leadscope.rest.imports.job.ImportJobs;
import dev.leadscope.rest.imports.job.ImportState;
import dev.leadscope.rest.support.ApiTestBase;
import dev.leadscope.rest.support.Reply;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Lead qualification and a rep's queue over HTTP on a simulated sales history: first without a model, then with
 * one trained and activated on that history.
 */
@MicronautTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QualificationApiTest extends ApiTestBase {
    private static final List<String> ACTIONS = List.of("call_now_with_alert", "sequence_and_demo_invite", "nurture", "disqualify");
    private static String lead;
    private static String rep;

    @Inject
    ImportJobs imports;

    @Test
    @Order(1)
    void givenNoActiveModel_whenQualified_thenUnavailableProblemAndUnknownLeadStillNotFound() throws Exception {
        loadSimulatedHistory();

        Reply reply = api.get("/api/v1/leads/" + lead + "/qualification");

        assertThat(reply.status()).as(reply.raw()).isEqualTo(503);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.text("detail")).contains("no model is active", "POST /api/v1/models");
        String missing = unique("missing");
        Reply unknown = api.get("/api/v1/leads/" + missing + "/qualification");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text("detail")).isEqualTo("lead not found: " + missing);
    }

    @Test
    @Order(2)
    void givenActiveModel_whenQualified_thenTierBantWithEvidenceReadinessAndActionWithReason() throws Exception {
        Reply started = api.post("/api/v1/models", "{\"horizonDays\": 90, \"seed\": 7, \"activate\": true}");
        assertThat(finished(started.text("id")).text("state")).isEqualTo("succeeded");

        Reply q = api.get("/api/v1/leads/" + lead + "/qualification");

        assertThat(q.status()).as(q.raw()).isEqualTo(200);
        assertThat(q.text("leadId")).isEqualTo(lead);
        double p = ((Number) q.at("probability")).doubleValue();
        assertThat(q.text("tier")).isEqualTo(p >= 0.10 ? "top" : p >= 0.05 ? "high" : p >= 0.01 ? "medium" : "low");
        assertThat(q.texts("bant", "criterion")).containsExactly("budget", "authority", "need", "timeline");
        int met = 0;
        for (int i = 0; i < 4; i++) {
            String status = q.text("bant[" + i + "].status");
            assertThat(status).isIn("met", "partly", "not_met", "unknown");
            List<Object> evidence = q.list("bant[" + i + "].evidence");
            assertThat(evidence.isEmpty()).isEqualTo("unknown".equals(status));
            if (!evidence.isEmpty()) {
                assertThat(q.text("bant[" + i + "].evidence[0].verdict")).isEqualTo(status);
                assertThat(q.text("bant[" + i + "].evidence[0].source")).isNotBlank();
                assertThat(q.text("bant[" + i + "].evidence[0].detail")).isNotBlank();
            }
            met += "met".equals(status) ? 1 : 0;
        }
        assertThat(q.number("metCount")).isEqualTo(met);
        assertThat(q.text("readiness")).isIn("sales_ready", "nurture", "not_ready");
        assertThat(q.text("action")).isIn(ACTIONS);
        assertThat(q.text("reason")).containsIgnoringCase(q.text("tier")).contains(met + " of 4 BANT met");
        assertThat(q.text("accountStage")).isIn("awareness", "consideration", "decision", "purchase");
        assertThat(api.get("/api/v1/leads/" + lead + "/scores").list("items")).hasSize(1);
    }

    @Test
    @Order(3)
    void givenScoredLeads_whenRepQueueRead_thenOwnedLeadsBestActionFirstThenHighestProbability() {
        Reply first = api.get("/api/v1/reps/" + rep + "/queue?limit=1000");
        for (Object item : first.list("items")) {
            api.get("/api/v1/leads/" + ((Map<?, ?>) ((Map<?, ?>) item).get("lead")).get("id") + "/score");
        }

        Reply queue = api.get("/api/v1/reps/" + rep + "/queue?limit=1000");

        assertThat(queue.status()).as(queue.raw()).isEqualTo(200);
        assertThat(queue.number("total")).isGreaterThan(1);
        List<Double> keys = new ArrayList<>();
        for (Object item : queue.list("items")) {
            Map<?, ?> lead = (Map<?, ?>) ((Map<?, ?>) item).get("lead");
            Map<?, ?> q = (Map<?, ?>) ((Map<?, ?>) item).get("qualification");
            assertThat(lead.get("owner")).isEqualTo(rep);
            assertThat(q.get("probability")).isNotNull();
            assertThat((String) q.get("reason")).isNotBlank();
            // action first, then probability descending, as one sortable number
            keys.add(ACTIONS.indexOf((String) q.get("action")) * 10 - ((Number) q.get("probability")).doubleValue());
        }
        assertThat(keys).isSorted();
    }

    private Reply finished(String jobId) throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        Reply job = api.get("/api/v1/models/jobs/" + jobId);
        while (("queued".equals(job.text("state")) || "running".equals(job.text("state"))) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            job = api.get("/api/v1/models/jobs/" + jobId);
        }
        return job;
    }

    private void loadSimulatedHistory() throws Exception {
        Path dir = Files.createTempDirectory("leadscope-qualification-api-");
        SimulateHistoryUseCase simulator = ServiceLoader.load(SimulateHistoryUseCase.class).findFirst().orElseThrow();
        simulator.simulate(new SimulateHistoryUseCase.Settings(80, 11, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31),
                true, null, dir), SimulateHistoryUseCase.Progress.NONE);
        try (InputStream in = getClass().getResourceAsStream("/dev/leadscope/rest/cli/simulator/mapping.yml")) {
            Files.copy(in, dir.resolve(".mapping.yml"));
        }
        List<String> rows = Files.readAllLines(dir.resolve("leads.csv"));
        List<String> header = List.of(rows.get(0).split(","));
        String[] row = rows.get(1).split(",");
        lead = row[header.indexOf("lead_id")];
        rep = row[header.indexOf("owner_id")];
        ImportJob job = imports.start(dir, dir.resolve(".mapping.yml"));
        long deadline = System.nanoTime() + 120_000_000_000L;
        while ((job.state() == ImportState.QUEUED || job.state() == ImportState.RUNNING) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(job.state()).as(String.valueOf(job.error())).isEqualTo(ImportState.SUCCEEDED);
    }
}
