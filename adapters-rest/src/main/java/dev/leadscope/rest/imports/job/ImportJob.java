package dev.leadscope.rest.imports.job;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.rest.imports.run.ImportProgress;
import dev.leadscope.rest.imports.run.ImportSummary;
import dev.leadscope.rest.imports.run.Rejection;
import dev.leadscope.rest.imports.run.ReportWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * One asynchronous import: its state, live progress, final summary or error, and the rejection report.
 * Its fields are written by the job's thread and read by status requests; all access is synchronized.
 */
public final class ImportJob {
    private final String id;
    private final Instant createdAt;
    private final Path workDir;
    private final WorkspaceId workspace;
    private final Path report;
    private final ImportProgress progress = new ImportProgress();
    private ImportState state = ImportState.QUEUED;
    private ImportSummary summary;
    private String error;
    private ReportWriter writer;
    private Instant finishedAt;

    ImportJob(String id, Instant createdAt, Path workDir, WorkspaceId workspace) {
        this.id = id;
        this.workspace = workspace;
        this.createdAt = createdAt;
        this.workDir = workDir;
        this.report = workDir.resolve("rejections.csv");
    }

    public String id() {
        return id;
    }

    /** The workspace the job imports into. */
    public WorkspaceId workspace() {
        return workspace;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public ImportProgress progress() {
        return progress;
    }

    Path workDir() {
        return workDir;
    }

    /** The rejection report file (CSV), complete once the job has finished. */
    public Path report() {
        return report;
    }

    public synchronized ImportState state() {
        return state;
    }

    public synchronized ImportSummary summary() {
        return summary;
    }

    public synchronized String error() {
        return error;
    }

    public synchronized Instant finishedAt() {
        return finishedAt;
    }

    /** Rejected rows so far, at most the first {@code limit} the report keeps in memory. */
    public synchronized List<Rejection> firstRejections() {
        return writer == null ? List.of() : writer.first();
    }

    public synchronized long rejectedSoFar() {
        return writer == null ? 0 : writer.count();
    }

    synchronized void running(ReportWriter reportWriter) {
        this.writer = reportWriter;
        this.state = ImportState.RUNNING;
    }

    synchronized void succeeded(ImportSummary result, Instant at) {
        this.summary = result;
        this.state = ImportState.SUCCEEDED;
        this.finishedAt = at;
    }

    synchronized void failed(String message, Instant at) {
        this.error = message;
        this.state = ImportState.FAILED;
        this.finishedAt = at;
    }
}
