package dev.leadscope.rest.imports.job;

import dev.leadscope.domain.port.in.IngestEventsUseCase;
import dev.leadscope.domain.port.in.ManageAccountsUseCase;
import dev.leadscope.domain.port.in.ManageLeadsUseCase;
import dev.leadscope.domain.port.in.RecordIntentUseCase;
import dev.leadscope.domain.port.in.RecordNoteUseCase;
import dev.leadscope.domain.port.in.RecordOutcomeUseCase;
import dev.leadscope.domain.port.out.EventBulkLoads;
import dev.leadscope.rest.common.BackgroundJobs;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.rest.imports.mapping.FileResolver;
import dev.leadscope.rest.imports.mapping.ImportMapping;
import dev.leadscope.rest.imports.mapping.MappingException;
import dev.leadscope.rest.imports.run.ImportPorts;
import dev.leadscope.rest.imports.run.ImportSummary;
import dev.leadscope.rest.imports.run.Importer;
import dev.leadscope.rest.imports.run.ReportWriter;
import jakarta.annotation.PreDestroy;
import dev.leadscope.rest.realtime.RescoringWiring;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Runs uploaded imports one at a time in the background and remembers the latest {@value #KEEP} jobs.
 * The mapping is checked against the uploaded files before a job is queued, so a bad mapping is refused
 * at once. Uploaded CSV files are deleted when their job ends; the rejection report is kept with the job.
 */
@Singleton
public class ImportJobs {
    static final int KEEP = 100;
    /** Rejected rows a status response shows. */
    public static final int FIRST_REJECTIONS = 20;

    private final Importer importer;
    private final Clock clock;
    private final BackgroundJobs<ImportJob> jobs = new BackgroundJobs<>("import-jobs", KEEP, ImportJob::id,
            job -> job.state() == ImportState.SUCCEEDED || job.state() == ImportState.FAILED, job -> deleteTree(job.workDir()));

    public ImportJobs(ManageAccountsUseCase accounts, ManageLeadsUseCase leads, @Named(RescoringWiring.WAITING) IngestEventsUseCase events,
                      RecordOutcomeUseCase outcomes, RecordNoteUseCase notes, RecordIntentUseCase intent, EventBulkLoads eventLoads,
                      Clock clock) {
        this.importer = new Importer(new ImportPorts(accounts, leads, events, outcomes, notes, intent, eventLoads));
        this.clock = clock;
    }

    /** A folder for one job's uploads. */
    public Path newWorkDir() throws IOException {
        return Files.createTempDirectory("leadscope-import-");
    }

    /**
     * Checks the mapping against the files in {@code workDir} and queues the import.
     *
     * @throws dev.leadscope.rest.imports.mapping.MappingException when the mapping or a file header is wrong
     */
    public ImportJob start(Path workDir, Path mappingFile) throws IOException {
        return start(workDir, mappingFile, null);
    }

    /**
     * Like {@link #start(Path, Path)}, into {@code workspace} (the caller's): a mapping that names another workspace
     * is refused, one that names none imports into {@code workspace}; null keeps the mapping's workspace.
     */
    public ImportJob start(Path workDir, Path mappingFile, WorkspaceId workspace) throws IOException {
        Importer.Plan plan;
        try {
            plan = Importer.plan(mappingFile, FileResolver.byFileName(workDir));
            if (workspace != null) {
                WorkspaceId named = plan.mapping().workspace();
                if (!named.equals(WorkspaceId.DEFAULT) && !named.equals(workspace)) {
                    throw new MappingException("workspace: must be left out or be the caller's workspace '" + workspace + "'");
                }
                plan = new Importer.Plan(new ImportMapping(workspace, plan.mapping().sources()), plan.sources());
            }
        } catch (RuntimeException | IOException e) {
            deleteTree(workDir);
            throw e;
        }
        Importer.Plan checked = plan;
        ImportJob job = new ImportJob(UUID.randomUUID().toString(), clock.instant(), workDir, checked.mapping().workspace());
        jobs.submit(job, () -> run(job, checked));
        return job;
    }

    /** Deletes a work folder whose upload was refused. */
    public void discard(Path workDir) {
        deleteTree(workDir);
    }

    public Optional<ImportJob> find(String id) {
        return jobs.find(id);
    }

    /** The job {@code id} when it imports into {@code workspace}; another workspace's job is not found. */
    public Optional<ImportJob> find(String id, WorkspaceId workspace) {
        return jobs.find(id).filter(job -> job.workspace().equals(workspace));
    }

    private void run(ImportJob job, Importer.Plan plan) {
        try (ReportWriter report = new ReportWriter(job.report(), FIRST_REJECTIONS)) {
            job.running(report);
            ImportSummary summary = null;
            try {
                summary = importer.run(plan, report, job.progress());
            } finally {
                report.finish(summary);
            }
            job.succeeded(summary, clock.instant());
        } catch (Exception | Error e) {
            job.failed(e.getMessage() == null ? e.toString() : e.getMessage(), clock.instant());
        } finally {
            deleteUploads(job);
        }
    }

    private static void deleteUploads(ImportJob job) {
        try (Stream<Path> files = Files.list(job.workDir())) {
            files.filter(p -> !p.equals(job.report())).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // the folder is temporary; what cannot be deleted now goes with the job later
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: a temporary folder
        }
    }

    @PreDestroy
    void stop() {
        jobs.close();
    }
}
