package dev.leadscope.rest.model;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Training, model management and scoring over HTTP on a simulated sales history imported into the database. The
 * methods run in order: the empty workspace first, then the history is loaded, then models are trained.
 */
@MicronautTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ModelsApiTest extends ApiTestBase {
    private static final int SIMULATED_ACCOUNTS = 80;
    private static String firstModel;
    private static String simulatedLead;

    @Inject
    ImportJobs imports;

    @Test
    @Order(1)
    void givenTooLittleHistory_whenTrained_thenJobFailsWithUnprocessableProblemAndTheCounts() throws Exception {
        Reply started = api.post("/api/v1/models", "{}");

        assertThat(started.status()).as(started.raw()).isEqualTo(202);
        Reply job = finished(started.text("id"));
        assertThat(job.text("state")).isEqualTo("failed");
        assertThat(job.number("error.status")).isEqualTo(422);
        assertThat(job.text("error.detail")).contains("not enough data to train");
        assertThat(job.texts("error.errors", "field")).containsExactly("converted", "notConverted");
        assertThat(job.text("error.errors[0].reason")).startsWith("need at least 40, found ");
    }

    @Test
    @Order(2)
    void givenNoActiveModel_whenLeadScored_thenUnavailableProblemSaysToTrainAndActivate() throws Exception {
        loadSimulatedHistory();
        String lead = simulatedLead;

        Reply reply = api.get("/api/v1/leads/" + lead + "/score");

        assertThat(reply.status()).as(reply.raw()).isEqualTo(503);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.text("type")).endsWith("/unavailable");
        assertThat(reply.text("detail")).contains("no model is active", "POST /api/v1/models", "activate");
        assertThat(reply.text("errors[0].field")).isEqualTo("model");
        assertThat(api.get("/api/v1/leads/" + unique("missing") + "/score").status()).isEqualTo(404);
    }

    @Test
    @Order(3)
    void givenSimulatedHistory_whenTrainedAndActivated_thenListedActiveWithReportAndLeadsScoreWithReasons() throws Exception {
        Reply started = api.post("/api/v1/models", "{\"horizonDays\": 90, \"seed\": 7, \"activate\": true}");
        assertThat(started.status()).as(started.raw()).isEqualTo(202);
        assertThat(started.text("request.activate")).isEqualTo("true");
        Reply job = finished(started.text("id"));
        assertThat(job.text("state")).as(job.raw()).isEqualTo("succeeded");
        assertThat(job.at("progress")).isEqualTo(1.0);
        assertThat(job.number("result.positives")).isGreaterThanOrEqualTo(40);
        firstModel = job.text("result.model.version");

        Reply list = api.get("/api/v1/models");
        assertThat(list.text("active")).isEqualTo(firstModel);
        assertThat(list.texts("items", "version")).contains(firstModel);
        Reply one = api.get("/api/v1/models/" + firstModel);
        assertThat(one.at("active")).isEqualTo(true);
        assertThat(one.at("metrics.trainingRows")).as(one.raw()).isInstanceOf(Number.class);
        assertThat(one.text("provenance.evaluatedFrom")).as(one.raw()).isNotBlank();
        Reply report = api.get("/api/v1/models/" + firstModel + "/report");
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.contentType()).startsWith("text/markdown");
        assertThat(report.raw()).contains(one.text("schemaHash"));

        String lead = simulatedLead;
        Reply score = api.get("/api/v1/leads/" + lead + "/score");
        assertThat(score.status()).as(score.raw()).isEqualTo(200);
        assertThat(score.text("modelVersion")).isEqualTo(firstModel);
        assertThat(((Number) score.at("probability")).doubleValue()).isBetween(0.0, 1.0);
        assertThat(score.list("positiveReasons").size() + score.list("negativeReasons").size()).isPositive();
        assertThat(score.text("positiveReasons[0].text") + score.text("negativeReasons[0].text")).isNotBlank();

        Instant created = Instant.parse(api.get("/api/v1/leads/" + lead).text("createdAt"));
        Instant asOf = created.plusSeconds(86_400);
        Reply then = api.get("/api/v1/leads/" + lead + "/score?asOf=" + asOf);
        assertThat(then.status()).as(then.raw()).isEqualTo(200);
        assertThat(Instant.parse(then.text("scoredAt"))).isEqualTo(asOf);

        Reply history = api.get("/api/v1/leads/" + lead + "/scores");
        assertThat(history.list("items")).hasSize(1);
        assertThat(history.text("items[0].scoredAt")).isEqualTo(score.text("scoredAt"));
        api.get("/api/v1/leads/" + lead + "/score");
        Reply longer = api.get("/api/v1/leads/" + lead + "/scores");
        assertThat(longer.list("items")).hasSize(2);
        assertThat(Instant.parse(longer.text("items[0].scoredAt"))).isAfterOrEqualTo(Instant.parse(longer.text("items[1].scoredAt")));
    }

    @Test
    @Order(4)
    void givenBackTestModel_whenActivatedThenRolledBack_thenTheFirstModelScoresAgain() throws Exception {
        Reply started = api.post("/api/v1/models", "{\"createdBefore\": \"2024-09-01T00:00:00Z\", \"seed\": 3}");
        Reply job = finished(started.text("id"));
        assertThat(job.text("state")).as(job.raw()).isEqualTo("succeeded");
        assertThat(job.text("request.createdBefore")).startsWith("2024-09-01T00:00");
        String backTest = job.text("result.model.version");
        assertThat(job.at("result.activated")).isEqualTo(false);
        assertThat(api.get("/api/v1/models").text("active")).isEqualTo(firstModel);

        Reply activated = api.post("/api/v1/models/" + backTest + "/activate", "");
        assertThat(activated.status()).as(activated.raw()).isEqualTo(200);
        assertThat(activated.text("active")).isEqualTo(backTest);
        String lead = simulatedLead;
        assertThat(api.get("/api/v1/leads/" + lead + "/score").text("modelVersion")).isEqualTo(backTest);

        Reply rolledBack = api.post("/api/v1/models/rollback", "");
        assertThat(rolledBack.status()).as(rolledBack.raw()).isEqualTo(200);
        assertThat(rolledBack.text("active")).isEqualTo(firstModel);
        assertThat(api.get("/api/v1/models").text("active")).isEqualTo(firstModel);
        assertThat(api.get("/api/v1/leads/" + lead + "/score").text("modelVersion")).isEqualTo(firstModel);
    }

    @Test
    @Order(5)
    void givenScoredLeads_whenListedBySort_thenRankedByLatestScoreHighestFirst() {
        String other = createLead(unique("lead"), null);
        api.get("/api/v1/leads/" + other + "/score");

        Reply ranked = api.get("/api/v1/leads?sort=score&limit=10");

        assertThat(ranked.status()).as(ranked.raw()).isEqualTo(200);
        assertThat(ranked.number("total")).isGreaterThanOrEqualTo(2);
        List<Object> items = ranked.list("items");
        List<Double> probabilities = items.stream().map(i -> ((Number) ((Map<?, ?>) ((Map<?, ?>) i).get("score"))
                .get("probability")).doubleValue()).toList();
        assertThat(probabilities).isSortedAccordingTo(Comparator.reverseOrder());
        List<String> ids = items.stream().map(i -> (String) ((Map<?, ?>) ((Map<?, ?>) i).get("lead")).get("id")).toList();
        assertThat(ids).contains(simulatedLead, other).doesNotHaveDuplicates();

        Reply bad = api.get("/api/v1/leads?sort=name");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.text("errors[0].field")).isEqualTo("sort");
        Reply filtered = api.get("/api/v1/leads?sort=score&owner=rep-1");
        assertThat(filtered.status()).isEqualTo(400);
        assertThat(filtered.text("errors[0].reason")).contains("cannot be combined");
    }

    @Test
    @Order(6)
    void givenUnknownModelJobOrLead_whenRequested_thenNotFoundProblemsNameWhatIsMissing() {
        Reply model = api.get("/api/v1/models/no-such-model");
        assertThat(model.status()).isEqualTo(404);
        assertThat(model.contentType()).startsWith("application/problem+json");
        assertThat(model.text("detail")).isEqualTo("model not found: no-such-model");
        assertThat(model.text("errors[0].field")).isEqualTo("version");
        assertThat(api.post("/api/v1/models/no-such-model/activate", "").text("errors[0].field")).isEqualTo("version");
        assertThat(api.get("/api/v1/models/no-such-model/report").status()).isEqualTo(404);

        Reply job = api.get("/api/v1/models/jobs/no-such-job");
        assertThat(job.status()).isEqualTo(404);
        assertThat(job.text("detail")).isEqualTo("training job not found: no-such-job");

        String missing = unique("missing");
        Reply score = api.get("/api/v1/leads/" + missing + "/score");
        assertThat(score.status()).isEqualTo(404);
        assertThat(score.text("detail")).isEqualTo("lead not found: " + missing);
        assertThat(api.get("/api/v1/leads/" + missing + "/scores").status()).isEqualTo(404);
    }

    @Test
    @Order(7)
    void givenBadInput_whenScoredOrTrained_thenBadRequestProblemsNameTheField() {
        String lead = simulatedLead;
        Reply early = api.get("/api/v1/leads/" + lead + "/score?asOf=2001-01-01T00:00:00Z");
        assertThat(early.status()).as(early.raw()).isEqualTo(400);
        assertThat(early.text("errors[0].field")).isEqualTo("asOf");

        Reply notTime = api.get("/api/v1/leads/" + lead + "/score?asOf=yesterday");
        assertThat(notTime.status()).as(notTime.raw()).isEqualTo(400);
        assertThat(notTime.contentType()).startsWith("application/problem+json");

        Reply horizon = api.post("/api/v1/models", "{\"horizonDays\": 0}");
        assertThat(horizon.status()).as(horizon.raw()).isEqualTo(400);
        assertThat(horizon.raw()).contains("horizonDays");

        Reply sequence = api.post("/api/v1/models", "{\"sequenceModel\": \"maybe\"}");
        assertThat(sequence.status()).as(sequence.raw()).isEqualTo(400);
        assertThat(sequence.contentType()).startsWith("application/problem+json");
        assertThat(sequence.text("errors[0].field")).isEqualTo("sequenceModel");

        Reply limit = api.get("/api/v1/leads/" + lead + "/scores?limit=0");
        assertThat(limit.status()).as(limit.raw()).isEqualTo(400);
        assertThat(limit.raw()).contains("limit");
    }

    @Test
    @Order(8)
    void givenNoEarlierActivation_whenRolledBackPastTheFirst_thenConflictProblem() {
        Reply reply = api.post("/api/v1/models/rollback", "");
        for (int i = 0; i < 3 && reply.status() == 200; i++) {
            reply = api.post("/api/v1/models/rollback", "");
        }

        assertThat(reply.status()).as(reply.raw()).isEqualTo(409);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.text("errors[0].field")).isEqualTo("active");
    }

    private Reply finished(String jobId) throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        Reply job = api.get("/api/v1/models/jobs/" + jobId);
        while (("queued".equals(job.text("state")) || "running".equals(job.text("state"))) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            job = api.get("/api/v1/models/jobs/" + jobId);
        }
        assertThat(job.status()).as(job.raw()).isEqualTo(200);
        return job;
    }

    private void loadSimulatedHistory() throws Exception {
        Path dir = Files.createTempDirectory("leadscope-models-api-");
        SimulateHistoryUseCase simulator = ServiceLoader.load(SimulateHistoryUseCase.class).findFirst().orElseThrow();
        simulator.simulate(new SimulateHistoryUseCase.Settings(SIMULATED_ACCOUNTS, 11, LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31), true, null, dir), SimulateHistoryUseCase.Progress.NONE);
        Path mapping = dir.resolve(".mapping.yml");
        try (InputStream in = getClass().getResourceAsStream("/dev/leadscope/rest/cli/simulator/mapping.yml")) {
            Files.copy(in, mapping);
        }
        List<String> leads = Files.readAllLines(dir.resolve("leads.csv"));
        int column = List.of(leads.get(0).split(",")).indexOf("lead_id");
        simulatedLead = leads.get(1).split(",")[column];
        ImportJob job = imports.start(dir, mapping);
        long deadline = System.nanoTime() + 120_000_000_000L;
        while ((job.state() == ImportState.QUEUED || job.state() == ImportState.RUNNING) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(job.state()).as(String.valueOf(job.error())).isEqualTo(ImportState.SUCCEEDED);
    }
}
