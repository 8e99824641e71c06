package dev.leadscope.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's first session with the service, on one database: create an account and leads, ingest a batch
 * with bad items among good ones, add a note and an outcome, read the timeline back, restart the service
 * and find everything still there. Subclasses choose the database.
 */
abstract class ServiceJourney {

    @TempDir
    Path workDir;

    /** Environment for the service process (empty for the embedded H2 default). */
    abstract Map<String, String> databaseEnvironment();

    abstract String name();

    @Test
    void givenAFreshService_whenAUserIngestsAndRestarts_thenEverythingGoodIsStoredAndSurvives() throws Exception {
        Path dataDir = workDir.resolve("data");
        List<String> timelineBefore;
        try (LeadscopeProcess service = LeadscopeProcess.start(workDir, dataDir, databaseEnvironment(), name())) {
            Api api = service.api();
            createAccountAndLeads(api);
            ingestBatchWithBadItems(api);
            recordNoteAndOutcome(api);
            timelineBefore = timelineOf(api, "lead-1");
            assertThat(timelineBefore).containsExactly(
                    "event:2025-03-01T09:00:00Z", "event:2025-03-02T10:00:00Z", "note:2025-03-03T11:00:00Z",
                    "event:2025-03-04T12:00:00Z", "outcome:2025-04-01T00:00:00Z");
            assertErrorShapes(api);
        }
        if (databaseEnvironment().isEmpty()) {
            assertThat(Files.list(dataDir).map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("leadscope"));
        }
        try (LeadscopeProcess again = LeadscopeProcess.start(workDir, dataDir, databaseEnvironment(), name() + "-restart")) {
            Api api = again.api();
            assertThat(timelineOf(api, "lead-1")).isEqualTo(timelineBefore);
            Api.Response lead = api.get("/api/v1/leads/lead-1");
            assertThat(lead.status()).isEqualTo(200);
            assertThat(lead.body().path("committeeRole").asText()).isEqualTo("economic_buyer");
            Api.Response resend = api.post("/api/v1/events/batch", goodEvents());
            assertThat(resend.body().path("accepted").asInt()).isZero();
            assertThat(resend.body().path("duplicate").asInt()).isEqualTo(3);
        }
    }

    private void createAccountAndLeads(Api api) {
        Api.Response account = api.post("/api/v1/accounts", """
                {"id":"acme","name":"Acme GmbH","domain":"acme.example",
                 "firmographics":{"industry":"Software","employees":250,"country":"DE","fiscalYearEndMonth":12,"fundingStage":"Series B"},
                 "technographics":{"technologies":["Salesforce","Snowflake"],"competitorProducts":["HubSpot"]},
                 "attributes":{"segment":{"type":"category","value":"mid-market"}}}""");
        assertThat(account.status()).as(account.raw()).isEqualTo(201);
        assertThat(account.body().path("firmographics").path("fundingStage").asText()).isEqualTo("series_b");

        Api.Response lead = api.post("/api/v1/leads", """
                {"id":"lead-1","accountId":"acme","firstName":"Jana","email":"jana@acme.example","title":"VP of Finance",
                 "owner":"rep-7","source":{"channel":"webinar","campaign":"q1-launch"}}""");
        assertThat(lead.status()).as(lead.raw()).isEqualTo(201);
        assertThat(lead.body().path("seniority").asText()).isEqualTo("vp");
        assertThat(lead.body().path("committeeRole").asText()).isEqualTo("economic_buyer");
        assertThat(api.post("/api/v1/leads", """
                {"id":"lead-2","accountId":"acme","title":"Senior Software Engineer","owner":"rep-7"}""").status()).isEqualTo(201);

        Api.Response orphan = api.post("/api/v1/leads", """
                {"id":"lead-3","accountId":"no-such-account"}""");
        assertThat(orphan.status()).isEqualTo(422);
        assertThat(orphan.contentType()).startsWith("application/problem+json");
        assertThat(fieldsOf(orphan.body())).contains("accountId");

        Api.Response list = api.get("/api/v1/leads?accountId=acme&owner=rep-7&limit=1");
        assertThat(list.body().path("total").asInt()).isEqualTo(2);
        assertThat(list.body().path("items")).hasSize(1);
        assertThat(list.body().path("hasMore").asBoolean()).isTrue();
    }

    private static String goodEvents() {
        return """
                {"events":[
                 {"id":"e1","leadId":"lead-1","type":"page_view","category":"case_study","occurredAt":"2025-03-01T09:00:00Z"},
                 {"id":"e2","leadId":"lead-1","type":"page_view","category":"pricing","occurredAt":"2025-03-02T10:00:00Z"},
                 {"id":"e3","leadId":"lead-1","type":"meeting_booked","occurredAt":"2025-03-04T12:00:00Z","properties":{"with":"AE"}}]}""";
    }

    private void ingestBatchWithBadItems(Api api) {
        Api.Response batch = api.post("/api/v1/events/batch", """
                {"events":[
                 {"id":"e1","leadId":"lead-1","type":"page_view","category":"case_study","occurredAt":"2025-03-01T09:00:00Z"},
                 {"id":"bad-time","leadId":"lead-1","type":"page_view","occurredAt":true},
                 {"id":"e2","leadId":"lead-1","type":"page_view","category":"pricing","occurredAt":"2025-03-02T10:00:00Z"},
                 {"id":"no-lead","type":"email_open","occurredAt":"2025-03-02T10:00:00Z"},
                 {"id":"ghost","leadId":"nobody","type":"email_open","occurredAt":"2025-03-02T10:00:00Z"},
                 {"id":"e3","leadId":"lead-1","type":"meeting_booked","occurredAt":"2025-03-04T12:00:00Z","properties":{"with":"AE"}}]}""");
        assertThat(batch.status()).as(batch.raw()).isEqualTo(200);
        JsonNode body = batch.body();
        assertThat(body.path("accepted").asInt()).isEqualTo(3);
        assertThat(body.path("rejected").asInt()).isEqualTo(3);
        assertThat(body.path("results").get(1).path("status").asText()).isEqualTo("rejected");
        assertThat(body.path("results").get(1).path("errors").get(0).path("field").asText()).isEqualTo("events[1].occurredAt");
        assertThat(body.path("results").get(3).path("errors").get(0).path("field").asText()).isEqualTo("events[3].leadId");
        assertThat(body.path("results").get(4).path("errors").get(0).path("field").asText()).isEqualTo("events[4].leadId");

        Api.Response conflict = api.post("/api/v1/events", """
                {"id":"e1","leadId":"lead-1","type":"page_view","category":"blog","occurredAt":"2025-03-01T09:00:00Z"}""");
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.contentType()).startsWith("application/problem+json");
    }

    private void recordNoteAndOutcome(Api api) {
        assertThat(api.post("/api/v1/leads/lead-1/notes", """
                {"id":"n1","channel":"call","author":"rep-7","text":"Budget approved for Q3; decision by end of quarter.",
                 "writtenAt":"2025-03-03T11:00:00Z"}""").status()).isEqualTo(201);
        assertThat(api.post("/api/v1/leads/lead-1/outcomes", """
                {"id":"o1","kind":"won","value":48000,"currency":"EUR","occurredAt":"2025-04-01T00:00:00Z"}""").status()).isEqualTo(201);
    }

    private static List<String> timelineOf(Api api, String lead) {
        Api.Response timeline = api.get("/api/v1/leads/" + lead + "/timeline");
        assertThat(timeline.status()).as(timeline.raw()).isEqualTo(200);
        List<String> entries = new ArrayList<>();
        timeline.body().path("entries").forEach(e -> entries.add(e.path("kind").asText() + ":" + e.path("time").asText()));
        return entries;
    }

    private void assertErrorShapes(Api api) {
        Api.Response malformed = api.post("/api/v1/leads", "{\"id\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        assertThat(malformed.body().path("status").asInt()).isEqualTo(400);
        assertThat(malformed.body().path("title").asText()).isNotBlank();

        Api.Response missing = api.get("/api/v1/leads/nobody");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body().path("detail").asText()).contains("nobody");

        Api.Response openApi = api.get("/api/v1/openapi.yml");
        assertThat(openApi.status()).isEqualTo(200);
        assertThat(openApi.raw()).contains("/api/v1/events/batch");
    }

    private static List<String> fieldsOf(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }
}
