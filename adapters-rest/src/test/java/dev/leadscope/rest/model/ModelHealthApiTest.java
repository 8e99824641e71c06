package dev.leadscope.rest.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.monitor.ChallengerDecision;
import dev.leadscope.domain.monitor.HealthMetric;
import dev.leadscope.domain.monitor.HealthPoint;
import dev.leadscope.domain.monitor.HealthRun;
import dev.leadscope.domain.monitor.MetricStatus;
import dev.leadscope.domain.monitor.Verdict;
import dev.leadscope.domain.port.out.ChallengerLog;
import dev.leadscope.domain.port.out.ModelHealthLog;
import dev.leadscope.domain.port.out.ModelRegistry;
import dev.leadscope.domain.scoring.ModelArtifact;
import dev.leadscope.domain.scoring.ModelInfo;
import dev.leadscope.domain.scoring.ModelVersion;
import dev.leadscope.domain.security.Role;
import dev.leadscope.rest.support.Api;
import dev.leadscope.rest.support.ApiTestBase;
import dev.leadscope.rest.support.Reply;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The active model's health and the challenger decisions over HTTP, from what the monitor and the loop recorded. */
@MicronautTest(transactional = false)
class ModelHealthApiTest extends ApiTestBase {
    private static final Instant AS_OF = Instant.parse("2024-07-08T00:00:00Z");

    @Inject
    ModelRegistry registry;

    @Inject
    ModelHealthLog health;

    @Inject
    ChallengerLog challengers;

    @Test
    void givenNoActiveModel_whenHealthAsked_thenUnavailableProblemAndNoDecisions() {
        Api analyst = api.as(keys.issue(unique("ws"), Role.ANALYST));

        Reply reply = analyst.get("/api/v1/models/active/health");

        assertThat(reply.status()).as(reply.raw()).isEqualTo(503);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.text("detail")).contains("no model is active");
        assertThat(analyst.get("/api/v1/models/challengers").list("")).isEmpty();
        assertThat(api.as(keys.issue(unique("ws"), Role.SALES)).get("/api/v1/models/active/health").status()).isEqualTo(403);
    }

    @Test
    void givenRecordedRunsAndDecisions_whenAsked_thenLatestRunInFullHistoryAndDecisionsNewestFirst() {
        WorkspaceId ws = new WorkspaceId(unique("ws"));
        Api analyst = api.as(keys.issue(ws.value(), Role.ANALYST));
        ModelVersion stale = new ModelVersion("m-stale");
        registry.save(new ModelArtifact(new ModelInfo(ws, stale, AS_OF, "0123456789abcdef", Map.of(), Map.of("rocAuc", 0.8)),
                new byte[] {1}, "# report"));
        registry.activate(ws, stale);
        assertThat(analyst.get("/api/v1/models/active/health").text("status")).isEqualTo("not_monitored");

        health.record(new HealthRun(ws, stale, AS_OF.minusSeconds(86_400), AS_OF, List.of(
                new HealthMetric("score_psi", 0.05, 0.2, MetricStatus.OK, 400, "scores")), List.of()));
        health.record(new HealthRun(ws, stale, AS_OF, AS_OF.plusSeconds(60), List.of(
                new HealthMetric("score_psi", 0.31, 0.2, MetricStatus.ALERT, 420, "scores of 420 leads"),
                new HealthMetric("calibration_error", null, 0.05, MetricStatus.INSUFFICIENT_DATA, 12, "needs 200")),
                List.of(new HealthPoint(HealthPoint.CALIBRATION, "0.0-0.1", 0.04, 0.06, 300))));
        challengers.record(new ChallengerDecision(ws, new ModelVersion("m-new"), stale, Verdict.TRAINED, AS_OF, AS_OF,
                Map.of("rocAuc", 0.77), "after the alert on score_psi"));
        challengers.record(new ChallengerDecision(ws, new ModelVersion("m-new"), stale, Verdict.PROMOTED, AS_OF.plusSeconds(604_800),
                AS_OF.plusSeconds(604_800), Map.of("challengerAuc", 0.78, "championAuc", 0.7), "beats the active model"));

        Reply reply = analyst.get("/api/v1/models/active/health");

        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        assertThat(reply.text("model")).isEqualTo("m-stale");
        assertThat(reply.text("status")).isEqualTo("alert");
        assertThat(reply.text("latest.asOf")).isEqualTo(AS_OF.toString());
        assertThat(reply.texts("latest.metrics", "name")).containsExactly("score_psi", "calibration_error");
        assertThat(reply.texts("latest.metrics", "status")).containsExactly("alert", "insufficient_data");
        assertThat(reply.text("latest.metrics[0].threshold")).isEqualTo("0.2");
        assertThat(reply.at("latest.metrics[1].value")).isNull();
        assertThat(reply.texts("latest.points", "series")).containsExactly("calibration");
        assertThat(reply.list("history")).hasSize(1);
        Reply decisions = analyst.get("/api/v1/models/challengers");
        assertThat(decisions.texts("", "verdict")).containsExactly("promoted", "trained");
        assertThat(decisions.text("[0].figures.challengerAuc")).isEqualTo("0.78");
    }
}
