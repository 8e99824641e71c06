package dev.leadscope.rest.imports.cli;

import dev.leadscope.rest.imports.job.ImportJobResponse;
import dev.leadscope.rest.imports.mapping.FileResolver;
import dev.leadscope.rest.imports.mapping.ImportMapping;
import dev.leadscope.rest.imports.mapping.MappingParser;
import dev.leadscope.rest.imports.mapping.SourceMapping;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Sends an import to a running service: uploads the mapping and the files it names (multipart, by file
 * name) to {@code POST /api/v1/imports}, follows the job until it ends, and fetches the rejection report.
 */
public final class RemoteImport {
    private final URI base;
    private final String apiKey;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = ObjectMapper.getDefault();

    /** An import to the service at {@code base}, authenticated with {@code apiKey} (an ingest or admin key; null sends none). */
    public RemoteImport(URI base, String apiKey) {
        this.base = base;
        this.apiKey = apiKey;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path));
        return apiKey == null || apiKey.isBlank() ? builder : builder.header("Authorization", "Bearer " + apiKey.trim());
    }

    /** Uploads and starts the import; returns the job as the service first describes it. */
    public ImportJobResponse start(Path mappingFile, FileResolver files) throws IOException, InterruptedException {
        ImportMapping mapping = new MappingParser(files).parse(mappingFile);
        Map<String, Path> uploads = new LinkedHashMap<>();
        for (SourceMapping source : mapping.sources()) {
            String name = source.path().getFileName().toString();
            Path previous = uploads.putIfAbsent(name, source.path());
            if (previous != null && !previous.equals(source.path())) {
                throw new IllegalArgumentException(source.key() + ".file: two different files are named " + name
                        + "; uploads go by file name, so rename one");
            }
        }
        String boundary = "leadscope-" + UUID.randomUUID();
        List<HttpRequest.BodyPublisher> parts = new ArrayList<>();
        parts.add(part(boundary, "mapping", mappingFile.getFileName().toString()));
        parts.add(HttpRequest.BodyPublishers.ofFile(mappingFile));
        for (Map.Entry<String, Path> upload : uploads.entrySet()) {
            parts.add(part(boundary, "file", upload.getKey()));
            parts.add(HttpRequest.BodyPublishers.ofFile(upload.getValue()));
        }
        parts.add(HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n"));
        HttpRequest request = request("/api/v1/imports")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.concat(parts.toArray(HttpRequest.BodyPublisher[]::new)))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 202) {
            throw new RemoteImportException(response.statusCode(), response.body());
        }
        return json.readValue(response.body(), ImportJobResponse.class);
    }

    /** The job's state now. */
    public ImportJobResponse status(String id) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request("/api/v1/imports/" + id).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new RemoteImportException(response.statusCode(), response.body());
        }
        return json.readValue(response.body(), ImportJobResponse.class);
    }

    /** Polls until the job has succeeded or failed. */
    public ImportJobResponse await(String id, java.util.function.Consumer<ImportJobResponse> onPoll)
            throws IOException, InterruptedException {
        while (true) {
            ImportJobResponse job = status(id);
            onPoll.accept(job);
            if (job.state().equals("succeeded") || job.state().equals("failed")) {
                return job;
            }
            Thread.sleep(500);
        }
    }

    /** Saves the job's full rejection report to {@code target}. */
    public void downloadReport(String id, Path target) throws IOException, InterruptedException {
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        HttpResponse<Path> response = http.send(request("/api/v1/imports/" + id + "/report").GET().build(),
                HttpResponse.BodyHandlers.ofFile(target));
        if (response.statusCode() != 200) {
            throw new RemoteImportException(response.statusCode(), Files.readString(target));
        }
    }

    /**
     * Runs a whole import on the service: uploads, follows the job with a progress bar on {@code err} (none when
     * {@code quiet}), prints the counts per source on {@code out}, saves the report when {@code report} is set.
     *
     * @return the CLI exit code: 0 all rows imported or unchanged, {@code someRowsRejected} when rows were
     *         rejected, 1 when the job failed
     */
    public int run(Path mappingFile, FileResolver files, Path report, boolean quiet, PrintWriter out, PrintWriter err,
                   int someRowsRejected) throws IOException, InterruptedException {
        ImportJobResponse started = start(mappingFile, files);
        err.println("Import " + started.id() + " started on " + base);
        ImportJobResponse[] last = {started};
        ImportJobResponse done;
        try (ProgressBar bar = quiet ? null : new ProgressBar(err, () -> new ProgressBar.Reading(last[0].progress().rowsRead(),
                last[0].progress().percent() / 100, last[0].progress().currentSource()))) {
            done = await(started.id(), job -> last[0] = job);
        }
        if (done.state().equals("failed")) {
            err.println("leadscope: the import failed: " + done.error());
            return 1;
        }
        for (ImportJobResponse.SourceCounts s : done.sources()) {
            out.printf("%-40s %-8s read %d, imported %d, unchanged %d, rejected %d, filtered %d%n", s.source(), s.kind(), s.read(),
                    s.created() + s.updated(), s.unchanged(), s.rejected(), s.filtered());
        }
        if (report != null) {
            downloadReport(done.id(), report);
        }
        if (done.counts().rejected() > 0) {
            err.println("Rejected rows (first " + done.firstRejections().size() + "):");
            printRejections(err, done);
            return someRowsRejected;
        }
        return 0;
    }

    static void printRejections(PrintWriter err, ImportJobResponse job) {
        job.firstRejections().forEach(r -> err.println("  " + r.file() + " line " + r.line() + ", column " + r.column() + ": " + r.reason()));
    }

    private static HttpRequest.BodyPublisher part(String boundary, String name, String fileName) {
        String safe = fileName.replace("\"", "");
        return HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"; filename=\"" + safe + "\"\r\nContent-Type: application/octet-stream\r\n\r\n", StandardCharsets.UTF_8);
    }

    /** The service refused a request; carries its status and problem body. */
    public static final class RemoteImportException extends IOException {
        private final int status;

        public RemoteImportException(int status, String body) {
            super("the service answered " + status + ": " + body);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }
}
