package dev.leadscope.rest.imports.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.security.Role;
import dev.leadscope.rest.support.ApiTestBase;
import dev.leadscope.rest.cli.Main;
import dev.leadscope.rest.support.Api;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Uploads past the request limit: the service refuses one at once with a 413 that names the limit and the setting
 * raising it, whether its length is declared up front or it comes in chunks; the command line cuts large files into
 * several uploads under the limit instead.
 */
@MicronautTest
@Property(name = "micronaut.server.max-request-size", value = "65536")
class OversizedUploadApiTest extends ApiTestBase {
    private static final String BOUNDARY = "leadscope-test-boundary";

    @Inject
    EmbeddedServer server;

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void givenUploadWithADeclaredLengthOverTheLimit_whenPosted_then413ProblemNamingTheLimitAndTheSetting() throws Exception {
        HttpResponse<String> response = post(HttpRequest.BodyPublishers.ofByteArray(body(1_000_000)));

        assertRefused(response);
    }

    @Test
    void givenChunkedUploadOverTheLimit_whenPosted_then413ProblemNamingTheLimitAndTheSetting() throws Exception {
        byte[] body = body(1_000_000);
        // no declared length: the body goes in chunks, and the limit is only passed while it streams
        HttpRequest.BodyPublisher chunked = HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofByteArray(body));

        assertRefused(post(chunked));
    }

    @Test
    void givenFilesLargerThanOneUpload_whenImportedWithUrl_thenSentInSeveralUploadsAndEveryRowImportedWithOriginalLines() throws Exception {
        String ws = unique("ws");
        StringBuilder leads = new StringBuilder("lead_id,title\n");
        StringBuilder events = new StringBuilder("event_id,lead_id,type,at\n");
        int n = 3_000;
        for (int i = 0; i < n; i++) {
            leads.append("lead-").append(i).append(i == 10 ? ",\"Head of \"\"Data\"\",\nSales\"\n" : ",Engineer\n");
            events.append("ev-").append(i).append(",lead-").append(i).append(",page_view,2024-03-01T10:00:00Z\n");
        }
        events.append("ev-bad,lead-1,page_view,not a time\n");
        long badLine = n + 2;
        Files.writeString(dir.resolve("leads.csv"), leads);
        Files.writeString(dir.resolve("events.csv"), events);
        Path mapping = Files.writeString(dir.resolve("mapping.yml"), "version: 1\nsources:\n"
                + "  - name: web events\n    file: events.csv\n    kind: event\n    fields:\n      event_id: event_id\n      lead_id: lead_id\n      type: type\n"
                + "      occurred_at: at\n"
                + "  - file: leads.csv\n    kind: lead\n    fields:\n      lead_id: lead_id\n      title: title\n");
        Path report = dir.resolve("rejected.csv");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), "import", "--mapping", mapping.toString(),
                "--url", server.getURI().toString(), "--api-key", keys.issue(ws, Role.INGEST), "--upload-size", "24KB",
                "--report", report.toString());

        assertThat(code).as(err.toString()).isEqualTo(3);
        assertThat(err.toString()).contains("Uploading 1 of ").contains("Uploading 4 of ");
        assertThat(out.toString()).contains("read " + n + ", imported " + n + ",").contains("read " + (n + 1) + ", imported " + n + ",");
        Api analyst = api.as(keys.issue(ws, Role.ANALYST));
        assertThat(analyst.get("/api/v1/leads/lead-" + (n - 1)).status()).isEqualTo(200);
        assertThat(analyst.get("/api/v1/leads/lead-10").text("title")).isEqualTo("Head of \"Data\",\nSales");
        assertThat(err.toString()).contains("events.csv line " + badLine + ", column at");
        assertThat(Files.readAllLines(report)).hasSize(2).last().asString().startsWith("web events,events.csv," + badLine + ",at,");
    }

    private HttpResponse<String> post(HttpRequest.BodyPublisher body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.getURL() + "/api/v1/imports"))
                .header("Authorization", "Bearer " + keys.issue(unique("ws"), Role.INGEST))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .timeout(Duration.ofSeconds(20))
                .POST(body)
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void assertRefused(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).contains("65536").contains("micronaut.server.max-request-size").contains("MICRONAUT_SERVER_MAX_REQUEST_SIZE");
    }

    private static byte[] body(int csvBytes) {
        StringBuilder csv = new StringBuilder("lead_id,title\n");
        for (int i = 0; csv.length() < csvBytes; i++) {
            csv.append("lead-").append(i).append(",Engineer\n");
        }
        String mapping = "version: 1\nsources:\n  - file: leads.csv\n    kind: lead\n    fields:\n      lead_id: lead_id\n      title: title\n";
        String text = part("mapping", "mapping.yml", mapping) + part("file", "leads.csv", csv.toString()) + "\r\n--" + BOUNDARY + "--\r\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String part(String name, String file, String content) {
        return "\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + file
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content;
    }
}
