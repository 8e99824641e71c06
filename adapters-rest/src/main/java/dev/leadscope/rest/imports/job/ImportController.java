package dev.leadscope.rest.imports.job;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.rest.error.FieldError;
import dev.leadscope.rest.error.InvalidRequestException;
import dev.leadscope.rest.imports.mapping.MappingException;
import dev.leadscope.rest.wiring.WorkspaceResolver;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.multipart.CompletedPart;
import io.micronaut.http.server.multipart.MultipartBody;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Pattern;
import jakarta.inject.Named;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/** Starts CSV imports from uploaded files and reports on them. */
@Controller("/api/v1/imports")
@Tag(name = "imports")
public class ImportController {
    /** The multipart part that carries the mapping file. */
    public static final String MAPPING_PART = "mapping";
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9._-][A-Za-z0-9 ._()-]{0,200}");

    private final ImportJobs jobs;
    private final ExecutorService blocking;
    private final WorkspaceResolver workspaces;

    public ImportController(ImportJobs jobs, @Named(TaskExecutors.BLOCKING) ExecutorService blocking, WorkspaceResolver workspaces) {
        this.jobs = jobs;
        this.blocking = blocking;
        this.workspaces = workspaces;
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Start an import", description = "Multipart: a part named 'mapping' with the mapping file, and one file part per "
            + "CSV file the mapping names, by file name. The mapping is checked against the files' headers at once (400 naming the YAML "
            + "key); then 202 with the job and its Location.")
    public CompletableFuture<HttpResponse<ImportJobResponse>> start(HttpRequest<?> http, @Body MultipartBody body) {
        WorkspaceId workspace = workspaces.resolve(http);
        UploadSubscriber upload = new UploadSubscriber(jobs, blocking, dir -> accepted(dir, workspace));
        body.subscribe(upload);
        return upload.result();
    }

    @Get("/{id}")
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(summary = "An import's state", description = "queued, running, succeeded or failed; progress; counts; the first rejected rows")
    public ImportJobResponse status(HttpRequest<?> http, String id) {
        return ImportJobResponse.from(job(id, workspaces.resolve(http)));
    }

    @Get(value = "/{id}/report", produces = "text/csv")
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(summary = "An import's full rejection report",
            description = "CSV: source,file,line,column,value,reason; complete once the job has finished")
    public HttpResponse<StreamedFile> report(HttpRequest<?> http, String id) throws IOException {
        ImportJob job = job(id, workspaces.resolve(http));
        if (!Files.exists(job.report())) {
            return HttpResponse.ok(new StreamedFile(InputStream.nullInputStream(), MediaType.of("text/csv")));
        }
        return HttpResponse.ok(new StreamedFile(Files.newInputStream(job.report()), MediaType.of("text/csv")));
    }

    private ImportJob job(String id, WorkspaceId workspace) {
        return jobs.find(id, workspace).orElseThrow(() -> new ImportNotFoundException(id));
    }

    HttpResponse<ImportJobResponse> accepted(Path dir, WorkspaceId workspace) {
        Path mapping = dir.resolve(".mapping.yml");
        if (!Files.exists(mapping)) {
            jobs.discard(dir);
            throw new InvalidRequestException(MAPPING_PART, "is required: a part named 'mapping' with the mapping file");
        }
        try {
            ImportJob job = jobs.start(dir, mapping, workspace);
            return HttpResponse.accepted(URI.create("/api/v1/imports/" + job.id())).body(ImportJobResponse.from(job));
        } catch (MappingException e) {
            List<FieldError> errors = e.problems().stream().map(ImportController::fieldError).toList();
            throw new InvalidRequestException(e.getMessage(), errors);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FieldError fieldError(String problem) {
        int colon = problem.indexOf(": ");
        return colon > 0 ? new FieldError("mapping." + problem.substring(0, colon), problem.substring(colon + 2))
                : new FieldError(MAPPING_PART, problem);
    }

    static Path save(Path dir, CompletedPart part) throws IOException {
        if (!(part instanceof CompletedFileUpload upload)) {
            throw new InvalidRequestException(part.getName(), "must be a file part (with a file name)");
        }
        String name = MAPPING_PART.equals(part.getName()) ? ".mapping.yml" : upload.getFilename();
        if (name == null || !SAFE_NAME.matcher(name).matches() || name.contains("..")) {
            throw new InvalidRequestException(part.getName(), "has an unusable file name: '" + name + "'");
        }
        try (InputStream in = upload.getInputStream()) {
            Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
        return dir.resolve(name);
    }
}
