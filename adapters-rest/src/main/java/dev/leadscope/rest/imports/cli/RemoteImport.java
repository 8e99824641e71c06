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
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends an import to a running service: uploads the mapping and the files it names (multipart, by file
 * name) to {@code POST /api/v1/imports}, follows the job until it ends, and fetches the rejection report.
 * Files larger than one upload ({@link #DEFAULT_UPLOAD_BYTES} unless told) are cut between records into several
 * uploads ({@link UploadPlan}), imported one after the other, so no request passes the service's request limit.
 */
public final class RemoteImport {
    /** File content per upload by default: half the service's default request limit (16 MB). */
    public static final long DEFAULT_UPLOAD_BYTES = 8L << 20;
    /** How long one upload may wait for the service's answer by default. */
    public static final Duration DEFAULT_UPLOAD_TIMEOUT = Duration.ofMinutes(5);

    private final URI base;
    private final String apiKey;
    private final long uploadBytes;
    private final Duration uploadTimeout;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = ObjectMapper.getDefault();

    /** An import to the service at {@code base}, authenticated with {@code apiKey} (an ingest or admin key; null sends none). */
    public RemoteImport(URI base, String apiKey) {
        this(base, apiKey, DEFAULT_UPLOAD_BYTES, DEFAULT_UPLOAD_TIMEOUT);
    }

    /** As above, with at most {@code uploadBytes} of file content per upload, each answered within {@code uploadTimeout}. */
    public RemoteImport(URI base, String apiKey, long uploadBytes, Duration uploadTimeout) {
        if (uploadBytes < 1 || uploadTimeout.isNegative() || uploadTimeout.isZero()) {
            throw new IllegalArgumentException("the upload size and timeout must be positive");
        }
        this.base = base;
        this.apiKey = apiKey;
        this.uploadBytes = uploadBytes;
        this.uploadTimeout = uploadTimeout;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path));
        return apiKey == null || apiKey.isBlank() ? builder : builder.header("Authorization", "Bearer " + apiKey.trim());
    }

    /** The uploads that carry the files the mapping names, in the mapping's dependency order. */
    public List<UploadPlan.Upload> plan(Path mappingFile, FileResolver files) throws IOException {
        ImportMapping mapping = new MappingParser(files).parse(mappingFile);
        Map<String, Path> uploads = new LinkedHashMap<>();
        for (SourceMapping source : mapping.inDependencyOrder()) {
            String name = source.path().getFileName().toString();
            Path previous = uploads.putIfAbsent(name, source.path());
            if (previous != null && !previous.equals(source.path())) {
                throw new IllegalArgumentException(source.key() + ".file: two different files are named " + name
                        + "; uploads go by file name, so rename one");
            }
        }
        return UploadPlan.of(uploads, uploadBytes);
    }

    /** Uploads the mapping with one upload's files and starts that import; {@code sent} counts the bytes sent. */
    public ImportJobResponse start(Path mappingFile, UploadPlan.Upload upload, AtomicLong sent) throws IOException, InterruptedException {
        String boundary = "leadscope-" + UUID.randomUUID();
        List<HttpRequest.BodyPublisher> parts = new ArrayList<>();
        parts.add(part(boundary, "mapping", mappingFile.getFileName().toString()));
        parts.add(HttpRequest.BodyPublishers.ofFile(mappingFile));
        for (UploadPlan.Slice slice : upload.slices().values()) {
            parts.add(part(boundary, "file", slice.name()));
            parts.add(UploadBodies.slice(slice));
        }
        for (Map.Entry<String, byte[]> header : upload.headersOnly().entrySet()) {
            parts.add(part(boundary, "file", header.getKey()));
            parts.add(HttpRequest.BodyPublishers.ofByteArray(header.getValue()));
        }
        parts.add(HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n"));
        HttpRequest request = request("/api/v1/imports")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json")
                .timeout(uploadTimeout)
                .POST(UploadBodies.counted(HttpRequest.BodyPublishers.concat(parts.toArray(HttpRequest.BodyPublisher[]::new)), sent))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new IOException(String.format(Locale.ROOT, "the service did not answer upload %d of %d (%,d bytes, %,d sent) within %d s;"
                    + " it may be overloaded, or the upload larger than its micronaut.server.max-request-size: retry with a smaller"
                    + " --upload-size or a longer --upload-timeout", upload.number(), upload.of(), request.bodyPublisher().orElseThrow()
                    .contentLength(), sent.get(), uploadTimeout.toSeconds()), e);
        }
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
     * Runs a whole import on the service: uploads (in several parts when the files are larger than one upload), follows
     * each job with a progress bar on {@code err} (none when {@code quiet}), prints the counts per source on {@code out},
     * saves the report when {@code report} is set. Rejected rows are reported by their line in the original file.
     *
     * @return the CLI exit code: 0 all rows imported or unchanged, {@code someRowsRejected} when rows were
     *         rejected, 1 when a job failed (the parts before it stay imported; importing again changes nothing)
     */
    public int run(Path mappingFile, FileResolver files, Path report, boolean quiet, PrintWriter out, PrintWriter err,
                   int someRowsRejected) throws IOException, InterruptedException {
        List<UploadPlan.Upload> uploads = plan(mappingFile, files);
        SplitResults results = new SplitResults();
        for (UploadPlan.Upload upload : uploads) {
            AtomicLong sent = new AtomicLong();
            ImportJobResponse started;
            try (UploadProgress ignored = quiet ? null : new UploadProgress(err, upload, sent)) {
                started = start(mappingFile, upload, sent);
            }
            err.println("Import " + started.id() + " started on " + base + (uploads.size() > 1 ? " (upload " + upload.number() + " of "
                    + uploads.size() + ")" : ""));
            ImportJobResponse[] last = {started};
            ImportJobResponse done;
            try (ProgressBar bar = quiet ? null : new ProgressBar(err, () -> new ProgressBar.Reading(last[0].progress().rowsRead(),
                    last[0].progress().percent() / 100, last[0].progress().currentSource()))) {
                done = await(started.id(), job -> last[0] = job);
            }
            if (done.state().equals("failed")) {
                err.println("leadscope: the import failed" + (uploads.size() > 1 ? " in upload " + upload.number() + " of " + uploads.size()
                        + " (the uploads before it are imported; importing again skips what is stored)" : "") + ": " + done.error());
                return 1;
            }
            results.add(upload, done);
            if (report != null) {
                Path part = Files.createTempFile("leadscope-report", ".csv");
                try {
                    downloadReport(done.id(), part);
                    results.addReport(upload, part);
                } finally {
                    Files.deleteIfExists(part);
                }
            }
        }
        for (ImportJobResponse.SourceCounts s : results.sources()) {
            out.printf("%-40s %-8s read %d, imported %d, unchanged %d, rejected %d, filtered %d%n", s.source(), s.kind(), s.read(),
                    s.created() + s.updated(), s.unchanged(), s.rejected(), s.filtered());
        }
        if (report != null) {
            results.writeReport(report);
        }
        if (results.rejected() > 0) {
            err.println("Rejected rows (first " + results.firstRejections().size() + "):");
            results.firstRejections().forEach(r -> err.println("  " + r.file() + " line " + r.line() + ", column " + r.column() + ": " + r.reason()));
            return someRowsRejected;
        }
        return 0;
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
