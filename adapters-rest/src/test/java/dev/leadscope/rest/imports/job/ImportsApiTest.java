package dev.leadscope.rest.imports.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.port.in.IngestEventsUseCase;
import dev.leadscope.domain.port.in.ManageAccountsUseCase;
import dev.leadscope.domain.port.in.ManageLeadsUseCase;
import dev.leadscope.domain.port.in.RecordIntentUseCase;
import dev.leadscope.domain.port.in.RecordNoteUseCase;
import dev.leadscope.domain.port.in.RecordOutcomeUseCase;
import dev.leadscope.domain.port.out.ActivityEvents;
import dev.leadscope.domain.port.out.Leads;
import dev.leadscope.domain.port.out.Outcomes;
import dev.leadscope.domain.security.Role;
import dev.leadscope.rest.imports.mapping.FileResolver;
import dev.leadscope.rest.support.TestKeys;
import dev.leadscope.rest.imports.run.ImportPorts;
import dev.leadscope.rest.imports.run.ImportProgress;
import dev.leadscope.rest.imports.run.ImportSummary;
import dev.leadscope.rest.imports.run.Importer;
import dev.leadscope.rest.imports.run.Rejection;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports into the real application on H2: directly through the use cases, and as jobs over REST. */
@MicronautTest
class ImportsApiTest {
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    JsonMapper json;
    @Inject
    ManageAccountsUseCase accounts;
    @Inject
    ManageLeadsUseCase leadsUseCase;
    @Inject
    IngestEventsUseCase ingest;
    @Inject
    RecordOutcomeUseCase outcomeUseCase;
    @Inject
    RecordNoteUseCase notes;
    @Inject
    RecordIntentUseCase intent;
    @Inject
    Leads leads;
    @Inject
    ActivityEvents events;
    @Inject
    Outcomes outcomes;

    @Inject
    TestKeys keys;

    @TempDir
    Path dir;

    /** The key the imports are sent with: REST imports go into the key's workspace only. */
    private String key;

    /** Files for one workspace no other test uses: 3 leads (one bad), 4 events (one unknown lead, one bad time), 2 outcomes. */
    private String writeFiles(String workspace) throws IOException {
        Files.writeString(dir.resolve("deals.csv"), """
                deal id;owner;stage;engaged;closed;value
                D-1;Moses Frase;Won;2016-10-20;2017-03-01;1054
                D-2;Darcel Schlecht;Lost;2016-10-25;2017-02-11;0
                D 3;Moses Frase;Engaging;2016-11-01;;
                """);
        Files.writeString(dir.resolve("activity.csv"), "\uFEFFdeal,step,what,at\n"
                + "D-1,0,Email Opened,2016-10-21 10:00\n"
                + "D-1,1,\"Meeting\nBooked\",2016-10-22 11:30\n"
                + "D-9,0,Email Opened,2016-10-21 10:00\n"
                + "D-2,0,Call,31/02/2012\n");
        String mapping = """
                workspace: %s
                sources:
                  - file: deals.csv
                    kind: lead
                    fields: {lead_id: deal id, owner_id: {column: owner, slug: true}, created_at: engaged}
                    exclude: {stage: the label, closed: outcome field, value: outcome field}
                  - file: deals.csv
                    kind: outcome
                    filter: {stage: [Won, Lost]}
                    fields: {outcome_id: {column: deal id, prefix: "o-"}, lead_id: deal id, kind: stage, value: value, occurred_at: closed}
                  - file: activity.csv
                    kind: event
                    formats: {timestamp: "yyyy-MM-dd HH:mm"}
                    fields: {event_id: {hash: [deal, step]}, lead_id: deal, type: what, occurred_at: at}
                """.formatted(workspace);
        Files.writeString(dir.resolve("mapping.yml"), mapping);
        return mapping;
    }

    @Test
    void givenFilesWithBadRows_whenImportedIntoTheApplication_thenGoodRowsStoredBadOnesReported_andReimportChangesNothing() throws IOException {
        String workspace = "ws-" + UUID.randomUUID();
        writeFiles(workspace);
        Importer importer = new Importer(new ImportPorts(accounts, leadsUseCase, ingest, outcomeUseCase, notes, intent));
        Importer.Plan plan = Importer.plan(dir.resolve("mapping.yml"), FileResolver.relativeTo(dir));
        List<Rejection> rejected = new ArrayList<>();

        ImportSummary first = importer.run(plan, rejected::add, new ImportProgress());

        WorkspaceId ws = new WorkspaceId(workspace);
        assertThat(leads.findById(ws, new LeadId("D-1"))).get().satisfies(l -> assertThat(l.owner().value()).isEqualTo("Moses-Frase"));
        assertThat(leads.count(ws)).isEqualTo(2);
        assertThat(events.count(ws)).isEqualTo(2);
        assertThat(outcomes.forLead(ws, new LeadId("D-2"))).hasSize(1);
        assertThat(rejected).extracting(r -> r.file() + " line " + r.line() + ", column " + r.column() + ": " + r.reason())
                .containsExactlyInAnyOrder(
                        "deals.csv line 4, column deal id: leadId may contain only letters, digits and . _ : @ / + # = -: 'D 3'",
                        "activity.csv line 5, column deal: leadId: lead not found: D-9",
                        "activity.csv line 6, column at: not a date in format yyyy-MM-dd HH:mm: '31/02/2012'");
        assertThat(first.imported()).isEqualTo(2 + 2 + 2);

        ImportSummary second = importer.run(plan, r -> { }, new ImportProgress());

        assertThat(second.imported()).isZero();
        assertThat(second.unchanged()).isEqualTo(6);
        assertThat(second.rejected()).isEqualTo(3);
    }

    @Test
    void givenUploadedMappingAndFiles_whenJobRuns_thenItSucceedsWithCountsFirstRejectionsAndAFullReport() throws Exception {
        String workspace = "ws-" + UUID.randomUUID();
        writeFiles(workspace);
        key = keys.issue(workspace, Role.INGEST);

        HttpResponse<Map> accepted = client.toBlocking().exchange(HttpRequest.POST("/api/v1/imports", upload())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).bearerAuth(key), Map.class);

        assertThat(accepted.code()).isEqualTo(202);
        String id = (String) accepted.body().get("id");
        assertThat((Object) accepted.header("Location")).isEqualTo("/api/v1/imports/" + id);
        Map<?, ?> job = awaitFinished(id);
        assertThat(job.get("state")).as(String.valueOf(job)).isEqualTo("succeeded");
        assertThat(map(job.get("counts"))).containsEntry("read", 10).containsEntry("imported", 6).containsEntry("rejected", 3)
                .containsEntry("filtered", 1);
        assertThat((List<?>) job.get("firstRejections")).hasSize(3).anySatisfy(r -> assertThat(map(r))
                .containsEntry("file", "activity.csv").containsEntry("line", 6).containsEntry("column", "at"));
        String report = client.toBlocking().retrieve(HttpRequest.GET("/api/v1/imports/" + id + "/report").bearerAuth(key), String.class);
        assertThat(report.lines()).hasSize(4).first().isEqualTo("source,file,line,column,value,reason");
        assertThat(report).contains("activity.csv,5,deal,,leadId: lead not found: D-9");
        assertThat(leads.findById(new WorkspaceId(workspace), new LeadId("D-2"))).isPresent();
    }

    @Test
    void givenMappingNamingAMissingColumn_whenUploaded_thenBadRequestProblemNamesTheYamlKey() throws IOException {
        writeFiles("ws-" + UUID.randomUUID());
        Files.writeString(dir.resolve("mapping.yml"), Files.readString(dir.resolve("mapping.yml")).replace("type: what", "type: activity"));

        HttpClientResponseException e = org.assertj.core.api.Assertions.catchThrowableOfType(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.POST("/api/v1/imports", upload()).contentType(MediaType.MULTIPART_FORM_DATA_TYPE),
                        String.class));

        assertThat(e.getStatus().getCode()).isEqualTo(400);
        assertThat(e.getResponse().getContentType().map(MediaType::toString)).hasValue("application/problem+json");
        String body = e.getResponse().getBody(String.class).orElseThrow();
        assertThat(body).contains("mapping.sources[2].fields.type").contains("column 'activity' is not in the header of activity.csv");
    }

    @Test
    void givenUnknownJob_whenRead_thenNotFoundProblem() {
        HttpClientResponseException e = org.assertj.core.api.Assertions.catchThrowableOfType(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.GET("/api/v1/imports/no-such-job"), String.class));

        assertThat(e.getStatus().getCode()).isEqualTo(404);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    private MultipartBody upload() throws IOException {
        return MultipartBody.builder()
                .addPart("mapping", "mapping.yml", MediaType.TEXT_PLAIN_TYPE, Files.readAllBytes(dir.resolve("mapping.yml")))
                .addPart("file", "deals.csv", MediaType.TEXT_PLAIN_TYPE, Files.readString(dir.resolve("deals.csv")).getBytes(StandardCharsets.UTF_8))
                .addPart("file", "activity.csv", MediaType.TEXT_PLAIN_TYPE, Files.readAllBytes(dir.resolve("activity.csv")))
                .build();
    }

    private Map<?, ?> awaitFinished(String id) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (true) {
            Map<?, ?> job = client.toBlocking().retrieve(HttpRequest.GET("/api/v1/imports/" + id).bearerAuth(key), Map.class);
            Object state = job.get("state");
            if ("succeeded".equals(state) || "failed".equals(state) || System.currentTimeMillis() > deadline) {
                return job;
            }
            Thread.sleep(100);
        }
    }
}
