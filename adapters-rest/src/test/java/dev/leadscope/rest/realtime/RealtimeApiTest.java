package dev.leadscope.rest.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.event.EventId;
import dev.leadscope.domain.event.EventType;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.notify.Notification;
import dev.leadscope.domain.port.in.IngestEventsUseCase;
import dev.leadscope.domain.port.in.SimulateHistoryUseCase;
import dev.leadscope.domain.port.in.TrainModelUseCase;
import dev.leadscope.domain.port.out.LeadScores;
import dev.leadscope.domain.port.out.PendingRescoring;
import dev.leadscope.domain.port.out.RescoringStates;
import dev.leadscope.domain.rescoring.LeadState;
import dev.leadscope.domain.scoring.LeadScore;
import dev.leadscope.domain.scoring.Tier;
import dev.leadscope.domain.rescoring.CoalescingQueue;
import dev.leadscope.domain.security.Role;
import dev.leadscope.rest.imports.job.ImportJob;
import dev.leadscope.rest.imports.job.ImportJobs;
import dev.leadscope.rest.imports.job.ImportState;
import dev.leadscope.rest.support.Api;
import dev.leadscope.rest.support.Reply;
import dev.leadscope.rest.support.TestKeys;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real-time rescoring through the whole application on one H2 file database: a first context without the rescoring
 * worker loads a simulated history, trains and activates a model, and takes an event; it stops with that work pending.
 * A second context on the same database resumes it, then serves the API with the worker running.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RealtimeApiTest {
    static final String SPEC = "RealtimeApiTest";
    private static final WorkspaceId WS = WorkspaceId.DEFAULT;
    private static final Instant AT = Instant.parse("2025-01-10T10:00:00Z");

    // static: JUnit makes a class's static temporary directory before its @BeforeAll methods and deletes it after the last
    @TempDir
    static Path dir;
    private ApplicationContext context;
    private EmbeddedServer server;
    private HttpClient client;
    private Api api;
    private List<String> leads;
    private String firstModel;

    @BeforeAll
    void startWithPendingWorkLeftByAnEarlierRun() throws Exception {
        try (ApplicationContext first = ApplicationContext.run(properties(false), "test")) {
            leads = loadSimulatedHistory(first.getBean(ImportJobs.class));
            firstModel = first.getBean(TrainModelUseCase.class).train(new TrainModelUseCase.TrainCommand(WS, 90, null, 7, true),
                    TrainModelUseCase.Progress.NONE).model().version().value();
            first.getBean(IngestEventsUseCase.class).ingest(WS, List.of(event("before-restart", leads.get(0))));
            assertThat(first.getBean(PendingRescoring.class).isPending(WS, new LeadId(leads.get(0)))).isTrue();
        }
        server = ApplicationContext.run(EmbeddedServer.class, properties(true), "test");
        context = server.getApplicationContext();
        client = context.createBean(HttpClient.class, server.getURL());
        api = new Api(client, context.getBean(JsonMapper.class));
    }

    @AfterAll
    void stop() {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    @Order(1)
    void givenEventsAcceptedButNotRescoredBeforeARestart_whenStartedAgain_thenTheirLeadsAreRescoredAndNoLongerPending() {
        PendingRescoring pending = context.getBean(PendingRescoring.class);
        LeadId lead = new LeadId(leads.get(0));

        await(() -> !pending.isPending(WS, lead) && pending.count() == 0, 300);

        assertThat(context.getBean(LeadScores.class).latest(WS, lead)).get()
                .satisfies(s -> assertThat(s.modelVersion().value()).isEqualTo(firstModel));
        assertThat(notifications().stream().filter(n -> n.subject().equals(lead.value()))
                .anyMatch(n -> n instanceof Notification.TierChanged t && t.from() == null)).isTrue();
    }

    @Test
    @Order(2)
    void givenAnActiveModel_whenAnEventArrives_thenTheLeadGetsANewStoredScoreAndItsTierChangeIsPublished() {
        String lead = leads.get(1);
        LeadId id = new LeadId(lead);
        await(() -> !pending(lead), 60);
        RescoringStates states = context.getBean(RescoringStates.class);
        LeadState told = states.leads(WS, List.of(id)).get(id);
        Tier stale = told.tier() == Tier.LOW ? Tier.TOP : Tier.LOW;
        states.saveLeads(WS, List.of(new LeadState(id, stale, told.readiness(), told.probability())));
        int before = scores(lead);

        Reply reply = api.post("/api/v1/events", "{\"id\":\"rt-pricing-1\",\"leadId\":\"" + lead
                + "\",\"type\":\"page_view\",\"category\":\"pricing\",\"occurredAt\":\"2025-01-10T10:00:00Z\"}");

        assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
        await(() -> scores(lead) == before + 1 && !pending(lead), 60);
        assertThat(notifications()).anyMatch(n -> n instanceof Notification.TierChanged t && t.lead().equals(id) && t.from() == stale);
        assertThat(states.leads(WS, List.of(id)).get(id).tier()).isNotEqualTo(stale);
    }

    @Test
    @Order(3)
    void givenABurstOfEventsForOneLead_whenAccepted_thenOneRescoringCoversThem() {
        String lead = leads.get(2);
        await(() -> !pending(lead), 60);
        int before = scores(lead);
        StringBuilder batch = new StringBuilder("{\"events\":[");
        for (int i = 0; i < 50; i++) {
            batch.append(i == 0 ? "" : ",").append("{\"id\":\"rt-burst-").append(i).append("\",\"leadId\":\"").append(lead)
                    .append("\",\"type\":\"email_open\",\"occurredAt\":\"2025-01-11T10:00:").append(String.format("%02d", i)).append("Z\"}");
        }

        Reply reply = api.post("/api/v1/events/batch", batch.append("]}").toString());

        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        await(() -> !pending(lead) && scores(lead) > before, 60);
        assertThat(scores(lead)).isEqualTo(before + 1);
    }

    @Test
    @Order(4)
    void givenAFullQueue_whenEventsSent_thenTooManyRequestsWithRetryAfterAndNothingStored() {
        CoalescingQueue queue = context.getBean(CoalescingQueue.class);
        String lead = leads.get(3);
        String event = "{\"id\":\"rt-refused-1\",\"leadId\":\"" + lead + "\",\"type\":\"page_view\",\"occurredAt\":\"2025-01-12T10:00:00Z\"}";
        await(() -> queue.depth() == 0, 60);
        assertThat(queue.tryReserve(queue.capacity())).isTrue();
        try {
            Reply one = api.post("/api/v1/events", event);
            Reply batch = api.post("/api/v1/events/batch", "{\"events\":[" + event + "]}");

            assertThat(one.status()).as(one.raw()).isEqualTo(429);
            assertThat(one.contentType()).startsWith("application/problem+json");
            assertThat(one.text("detail")).contains("rescoring queue is full", "none of the 1 events was stored");
            assertThat(one.text("errors[0].field")).isEqualTo("events");
            assertThat(batch.status()).isEqualTo(429);
            assertThat(api.get("/api/v1/rescoring").number("queueDepth")).isGreaterThanOrEqualTo(queue.capacity());
            assertThat(retryAfter(event)).isEqualTo("1");
        } finally {
            queue.release(queue.capacity());
        }
        Reply accepted = api.post("/api/v1/events", event);
        assertThat(accepted.status()).as("the refused event was not stored, so it is new now: " + accepted.raw()).isEqualTo(201);
    }

    @Test
    @Order(5)
    void givenACurrentStoredScore_whenReadTwice_thenAnsweredFromMemoryWithoutAppending() {
        String lead = leads.get(4);
        await(() -> !pending(lead), 60);
        Reply first = api.get("/api/v1/leads/" + lead + "/score");
        int stored = scores(lead);

        Reply second = api.get("/api/v1/leads/" + lead + "/score");

        assertThat(second.status()).isEqualTo(200);
        assertThat(second.text("scoredAt")).isEqualTo(first.text("scoredAt"));
        assertThat(scores(lead)).isEqualTo(stored);
        Reply asOf = api.get("/api/v1/leads/" + lead + "/score?asOf=2024-12-01T00:00:00Z");
        assertThat(asOf.status()).as(asOf.raw()).isEqualTo(200);
        assertThat(asOf.text("scoredAt")).startsWith("2024-12-01T00:00");
    }

    @Test
    @Order(6)
    void givenAnotherModel_whenActivated_thenCachedScoresAreDroppedAndEveryLeadIsRescoredInBulk() {
        String lead = leads.get(4);
        assertThat(api.get("/api/v1/leads/" + lead + "/score").text("modelVersion")).isEqualTo(firstModel);
        String second = context.getBean(TrainModelUseCase.class).train(new TrainModelUseCase.TrainCommand(WS, 90, null, 11, false),
                TrainModelUseCase.Progress.NONE).model().version().value();

        Reply activated = api.post("/api/v1/models/" + second + "/activate", "");

        assertThat(activated.status()).as(activated.raw()).isEqualTo(200);
        assertThat(api.get("/api/v1/leads/" + lead + "/score").text("modelVersion")).isEqualTo(second);
        await(() -> "done".equals(api.get("/api/v1/rescoring").text("bulk.state")), 300);
        Reply status = api.get("/api/v1/rescoring");
        assertThat(status.number("bulk.total")).isEqualTo(leads.size());
        assertThat(status.number("bulk.scored")).isEqualTo(leads.size());
        LeadScores scores = context.getBean(LeadScores.class);
        for (String id : List.of(leads.get(0), leads.get(leads.size() - 1))) {
            assertThat(scores.latest(WS, new LeadId(id)).orElseThrow().modelVersion().value()).isEqualTo(second);
        }
    }

    @Test
    @Order(7)
    void givenABulkRescoring_whenItsScoresAreShown_thenTheirReasonsAreThoseOfScoringTheLeadAloneThenAndAreStoredOnce() {
        LeadScores scores = context.getBean(LeadScores.class);
        await(() -> "done".equals(api.get("/api/v1/rescoring").text("bulk.state")), 300);
        String lead = leads.get(10);
        LeadScore bulk = scores.latest(WS, new LeadId(lead)).orElseThrow();
        assertThat(bulk.reasonsComputed()).isFalse();
        int stored = scores(lead);
        // the same lead scored alone at the bulk rescoring's moment (asOf: not stored), by the model that made the score
        Reply alone = api.get("/api/v1/leads/" + lead + "/score?asOf=" + bulk.scoredAt());
        assertThat(alone.status()).as(alone.raw()).isEqualTo(200);

        Reply history = api.get("/api/v1/leads/" + lead + "/scores?limit=1");

        assertThat(history.status()).as(history.raw()).isEqualTo(200);
        assertThat(history.text("items[0].scoredAt")).isEqualTo(alone.text("scoredAt")).isEqualTo(bulk.scoredAt().toString());
        assertSameReasons(history, "items[0].", alone);
        LeadScore completed = scores.latest(WS, new LeadId(lead)).orElseThrow();
        assertThat(completed.reasonsComputed()).isTrue();
        assertThat(completed.probability()).isEqualTo(bulk.probability());
        assertThat(scores(lead)).isEqualTo(stored);
        Reply current = api.get("/api/v1/leads/" + lead + "/score");
        assertThat(current.text("scoredAt")).isEqualTo(bulk.scoredAt().toString());
        assertSameReasons(current, "", alone);

        Reply ranked = api.get("/api/v1/leads?sort=score&limit=5");
        assertThat(ranked.status()).as(ranked.raw()).isEqualTo(200);
        for (int i = 0; i < ranked.list("items").size(); i++) {
            String id = ranked.text("items[" + i + "].lead.id");
            assertThat(scores.latest(WS, new LeadId(id)).orElseThrow().reasonsComputed()).isTrue();
            Reply then = api.get("/api/v1/leads/" + id + "/score?asOf=" + ranked.text("items[" + i + "].score.scoredAt"));
            assertSameReasons(ranked, "items[" + i + "].score.", then);
        }
    }

    private static void assertSameReasons(Reply shown, String prefix, Reply alone) {
        for (String side : List.of("positiveReasons", "negativeReasons")) {
            assertThat(shown.texts(prefix + side, "feature")).as(side).isEqualTo(alone.texts(side, "feature"));
            assertThat(shown.texts(prefix + side, "text")).as(side).isEqualTo(alone.texts(side, "text"));
            List<String> contributions = alone.texts(side, "contribution");
            List<String> shownContributions = shown.texts(prefix + side, "contribution");
            for (int k = 0; k < contributions.size(); k++) {
                assertThat(Double.parseDouble(shownContributions.get(k)))
                        .isCloseTo(Double.parseDouble(contributions.get(k)), org.assertj.core.data.Offset.offset(1e-6));
            }
        }
        assertThat(shown.list(prefix + "positiveReasons").size() + shown.list(prefix + "negativeReasons").size()).isPositive();
    }

    @Test
    @Order(8)
    void givenMetrics_whenScraped_thenAnalystAndAdminReadThemAndNobodyElse() {
        TestKeys keys = context.getBean(TestKeys.class);

        Reply analyst = api.as(keys.issue(WS.value(), Role.ANALYST)).get("/prometheus");

        assertThat(analyst.status()).as(analyst.raw()).isEqualTo(200);
        assertThat(analyst.raw()).contains("leadscope_events_ingested_total", "leadscope_rescoring_queue_depth",
                "leadscope_rescoring_latency_seconds_bucket", "leadscope_rescoring_leads_total", "leadscope_rescoring_bulk_done");
        assertThat(api.get("/prometheus").status()).isEqualTo(200);
        assertThat(api.as(keys.issue(WS.value(), Role.SALES)).get("/prometheus").status()).isEqualTo(403);
        assertThat(api.anonymous().get("/prometheus").status()).isEqualTo(401);
    }

    private String retryAfter(String event) {
        try {
            client.toBlocking().exchange(HttpRequest.POST("/api/v1/events", event), String.class);
            return null;
        } catch (io.micronaut.http.client.exceptions.HttpClientResponseException e) {
            return e.getResponse().getHeaders().get("Retry-After");
        }
    }

    private Map<String, Object> properties(boolean worker) {
        Map<String, Object> p = new HashMap<>();
        p.put("spec.name", SPEC);
        p.put("leadscope.data-dir", dir.toString());
        p.put("datasources.default.url", "jdbc:h2:file:" + dir.resolve("db") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        p.put("leadscope.rescoring.worker", worker);
        p.put("leadscope.rescoring.queue-capacity", 5000);
        p.put("leadscope.rescoring.sweep-seconds", 3600);
        p.put("leadscope.rescoring.thresholds", List.of(0.05));
        p.put("leadscope.security.rate-limit.requests-per-second", 0);
        return p;
    }

    private List<Notification> notifications() {
        return context.getBean(RecordingNotifications.class).published();
    }

    private int scores(String lead) {
        return context.getBean(LeadScores.class).history(WS, new LeadId(lead), 1000).size();
    }

    private boolean pending(String lead) {
        return context.getBean(PendingRescoring.class).isPending(WS, new LeadId(lead))
                || context.getBean(CoalescingQueue.class).contains(WS, new LeadId(lead));
    }

    private static ActivityEvent event(String id, String lead) {
        return new ActivityEvent(WS, new EventId(id), new LeadId(lead), EventType.PAGE_VIEW, "pricing", AT, Map.of());
    }

    private static void await(BooleanSupplier condition, int seconds) {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within " + seconds + " s");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private List<String> loadSimulatedHistory(ImportJobs imports) throws Exception {
        Path sim = Files.createTempDirectory(dir, "sim-");
        SimulateHistoryUseCase simulator = ServiceLoader.load(SimulateHistoryUseCase.class).findFirst().orElseThrow();
        simulator.simulate(new SimulateHistoryUseCase.Settings(80, 11, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31),
                true, null, sim), SimulateHistoryUseCase.Progress.NONE);
        try (InputStream in = getClass().getResourceAsStream("/dev/leadscope/rest/cli/simulator/mapping.yml")) {
            Files.copy(in, sim.resolve(".mapping.yml"));
        }
        List<String> rows = Files.readAllLines(sim.resolve("leads.csv"));
        int column = List.of(rows.get(0).split(",")).indexOf("lead_id");
        List<String> ids = rows.stream().skip(1).map(r -> r.split(",")[column]).toList();
        ImportJob job = imports.start(sim, sim.resolve(".mapping.yml"));
        long deadline = System.nanoTime() + 180_000_000_000L;
        while ((job.state() == ImportState.QUEUED || job.state() == ImportState.RUNNING) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(job.state()).as(String.valueOf(job.error())).isEqualTo(ImportState.SUCCEEDED);
        return ids;
    }
}
