package dev.leadscope.rest.account;

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
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Account model training over HTTP on a small simulated history imported into the database: the empty workspace
 * first, then the history is loaded, the model trained in the background and activated, and account scores and
 * the ranked list then name it.
 */
@MicronautTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccountModelsApiTest extends ApiTestBase {
    private static String simulatedAccount;

    @Inject
    ImportJobs imports;

    @Test
    @Order(1)
    void givenNoHistory_whenTrained_thenTheJobFailsWithUnprocessableProblemAndTheCounts() throws Exception {
        Reply started = api.post("/api/v1/account-models", "");

        assertThat(started.status()).as(started.raw()).isEqualTo(202);
        Reply job = finished(started.text("id"));
        assertThat(job.text("state")).isEqualTo("failed");
        assertThat(job.number("error.status")).isEqualTo(422);
        assertThat(job.text("error.detail")).contains("need at least 5 converted and 45 not converted examples, found 0 converted");
    }

    @Test
    @Order(2)
    void givenABadRequest_whenTrained_thenBadRequestNamesTheField() {
        Reply reply = api.post("/api/v1/account-models", "{\"cadenceDays\":0}");

        assertThat(reply.status()).as(reply.raw()).isEqualTo(400);
        assertThat(reply.raw()).contains("cadenceDays");
    }

    @Test
    @Order(3)
    void givenSimulatedHistory_whenTrainedAndActivated_thenAccountScoresAndTheRankedListNameTheModel() throws Exception {
        loadSimulatedHistory();
        Reply before = api.get("/api/v1/accounts/" + simulatedAccount + "/score");
        assertThat(before.status()).as(before.raw()).isEqualTo(200);
        assertThat(before.text("method")).isEqualTo("combined");
        assertThat(before.at("modelVersion")).isNull();

        Reply recompute = finished(api.post("/api/v1/account-models", "{\"recomputeMemberScores\":true}").text("id"));
        assertThat(recompute.text("state")).as(recompute.raw()).isEqualTo("failed");
        assertThat(recompute.number("error.status")).as("no lead model is active to recompute with").isEqualTo(503);

        Reply started = api.post("/api/v1/account-models", "{\"activate\":true}");
        Reply job = finished(started.text("id"));

        assertThat(job.text("state")).as(job.raw()).isEqualTo("succeeded");
        String version = job.text("result.model.version");
        assertThat(version).startsWith("acct-");
        assertThat(job.text("result.method")).isIn("learned", "combined");
        assertThat(job.number("result.snapshots")).isPositive();
        assertThat(job.at("result.model.metrics.auc")).isInstanceOf(Number.class);
        assertThat(job.at("result.model.metrics.best_member_auc")).isInstanceOf(Number.class);
        assertThat(job.at("result.model.metrics.combined_auc")).isInstanceOf(Number.class);

        Reply list = api.get("/api/v1/account-models");
        assertThat(list.raw()).contains(version);
        Reply report = api.get("/api/v1/account-models/" + version + "/report");
        assertThat(report.raw()).contains("# Account model " + version, "best member's score");

        Reply after = api.get("/api/v1/accounts/" + simulatedAccount + "/score");
        assertThat(after.text("modelVersion")).isEqualTo(version);
        assertThat(after.text("method")).isEqualTo(job.text("result.method"));
        Reply ranked = api.get("/api/v1/accounts?sort=score&limit=5");
        assertThat(ranked.status()).as(ranked.raw()).isEqualTo(200);
        assertThat(ranked.list("items")).hasSize(5);
        for (int i = 0; i < 5; i++) {
            assertThat(ranked.text("items[" + i + "].score.modelVersion")).isEqualTo(version);
        }
    }

    @Test
    @Order(4)
    void givenAnUnknownVersionOrNothingToRollBackTo_whenAsked_thenProblems() {
        assertThat(api.post("/api/v1/account-models/acct-none/activate", "").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/account-models/jobs/no-such-job").status()).isEqualTo(404);
        Reply rollback = api.post("/api/v1/account-models/rollback", "");
        assertThat(rollback.status()).as(rollback.raw()).isEqualTo(409);
        assertThat(rollback.contentType()).startsWith("application/problem+json");
    }

    private Reply finished(String jobId) throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        Reply job = api.get("/api/v1/account-models/jobs/" + jobId);
        while (("queued".equals(job.text("state")) || "running".equals(job.text("state"))) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            job = api.get("/api/v1/account-models/jobs/" + jobId);
        }
        assertThat(job.status()).as(job.raw()).isEqualTo(200);
        return job;
    }

    private void loadSimulatedHistory() throws Exception {
        Path dir = Files.createTempDirectory("leadscope-account-models-api-");
        SimulateHistoryUseCase simulator = ServiceLoader.load(SimulateHistoryUseCase.class).findFirst().orElseThrow();
        simulator.simulate(new SimulateHistoryUseCase.Settings(120, 11, LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31), true, null, dir), SimulateHistoryUseCase.Progress.NONE);
        Path mapping = dir.resolve(".mapping.yml");
        try (InputStream in = getClass().getResourceAsStream("/dev/leadscope/rest/cli/simulator/mapping.yml")) {
            Files.copy(in, mapping);
        }
        List<String> accounts = Files.readAllLines(dir.resolve("accounts.csv"));
        int column = List.of(accounts.get(0).split(",")).indexOf("account_id");
        simulatedAccount = accounts.get(1).split(",")[column];
        ImportJob job = imports.start(dir, mapping);
        long deadline = System.nanoTime() + 120_000_000_000L;
        while ((job.state() == ImportState.QUEUED || job.state() == ImportState.RUNNING) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(job.state()).as(String.valueOf(job.error())).isEqualTo(ImportState.SUCCEEDED);
    }
}
