package dev.leadscope.rest.imports.job;

import dev.leadscope.rest.imports.run.ImportProgress;
import dev.leadscope.rest.imports.run.ImportSummary;
import dev.leadscope.rest.imports.run.Rejection;
import dev.leadscope.rest.imports.run.SourceSummary;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/** The state of an import job as the API shows it: progress while it runs, counts when done, and the first rejected rows. */
@Serdeable
public record ImportJobResponse(String id, String state, Instant createdAt, Instant finishedAt, Progress progress,
                                Counts counts, List<SourceCounts> sources, List<RejectedRow> firstRejections, String error,
                                String report) {

    /** Rows and bytes read so far, of how many bytes in all. */
    @Serdeable
    public record Progress(long rowsRead, long bytesRead, long totalBytes, double percent, String currentSource) {
    }

    /** Totals over all sources. */
    @Serdeable
    public record Counts(long read, long imported, long unchanged, long rejected, long filtered) {
    }

    /** One source's counts. */
    @Serdeable
    public record SourceCounts(String source, String kind, String file, long read, long created, long updated, long unchanged,
                               long rejected, long filtered) {
        static SourceCounts from(SourceSummary s) {
            return new SourceCounts(s.source(), s.kind(), s.file(), s.read(), s.created(), s.updated(), s.unchanged(), s.rejected(),
                    s.filtered());
        }
    }

    /** One rejected row. */
    @Serdeable
    public record RejectedRow(String source, String file, long line, String column, String value, String reason) {
        static RejectedRow from(Rejection r) {
            return new RejectedRow(r.source(), r.file(), r.line(), r.column(), r.value(), r.reason());
        }
    }

    public static ImportJobResponse from(ImportJob job) {
        ImportProgress p = job.progress();
        ImportSummary summary = job.summary();
        Counts counts = summary == null
                ? new Counts(p.rowsRead(), 0, 0, job.rejectedSoFar(), 0)
                : new Counts(summary.read(), summary.imported(), summary.unchanged(), summary.rejected(), summary.filtered());
        List<SourceCounts> sources = summary == null ? List.of() : summary.sources().stream().map(SourceCounts::from).toList();
        return new ImportJobResponse(job.id(), job.state().name().toLowerCase(java.util.Locale.ROOT), job.createdAt(), job.finishedAt(),
                new Progress(p.rowsRead(), p.bytesRead(), p.totalBytes(), Math.round(p.fraction() * 1000) / 10.0, p.current()),
                counts, sources, job.firstRejections().stream().map(RejectedRow::from).toList(), job.error(),
                "/api/v1/imports/" + job.id() + "/report");
    }
}
