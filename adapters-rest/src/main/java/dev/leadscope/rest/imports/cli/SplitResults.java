package dev.leadscope.rest.imports.cli;

import dev.leadscope.rest.imports.csv.CsvCells;
import dev.leadscope.rest.imports.csv.CsvReader;
import dev.leadscope.rest.imports.csv.CsvRecord;
import dev.leadscope.rest.imports.job.ImportJobResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The results of an import sent in several uploads, put together: counts summed per source, and rejected rows with the
 * line numbers of the original files (a slice's line 2 is its first record's line in the file).
 */
final class SplitResults {
    private static final int FIRST = 20;
    private static final String REPORT_HEADER = "source,file,line,column,value,reason";

    private final Map<String, ImportJobResponse.SourceCounts> sources = new LinkedHashMap<>();
    private final List<ImportJobResponse.RejectedRow> first = new ArrayList<>();
    private final List<String> report = new ArrayList<>();
    private long rejected;

    void add(UploadPlan.Upload upload, ImportJobResponse job) {
        for (ImportJobResponse.SourceCounts s : job.sources()) {
            sources.merge(s.source(), s, (a, b) -> new ImportJobResponse.SourceCounts(a.source(), a.kind(), a.file(), a.read() + b.read(),
                    a.created() + b.created(), a.updated() + b.updated(), a.unchanged() + b.unchanged(), a.rejected() + b.rejected(),
                    a.filtered() + b.filtered()));
        }
        rejected += job.counts().rejected();
        for (ImportJobResponse.RejectedRow r : job.firstRejections()) {
            if (first.size() < FIRST) {
                first.add(new ImportJobResponse.RejectedRow(r.source(), r.file(), line(upload, r.file(), r.line()), r.column(), r.value(),
                        r.reason()));
            }
        }
    }

    /** Keeps the rows of one upload's report (CSV), with their lines in the original files. */
    void addReport(UploadPlan.Upload upload, Path part) throws IOException {
        try (InputStream in = Files.newInputStream(part); CsvReader csv = new CsvReader(in, ',', '"', StandardCharsets.UTF_8)) {
            csv.next();
            for (CsvRecord r = csv.next(); r != null; r = csv.next()) {
                List<String> fields = new ArrayList<>(r.fields());
                if (fields.size() == 6 && fields.get(2).matches("\\d+")) {
                    fields.set(2, Long.toString(line(upload, fields.get(1), Long.parseLong(fields.get(2)))));
                }
                report.add(String.join(",", fields.stream().map(CsvCells::quote).toList()));
            }
        }
    }

    void writeReport(Path target) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            out.write(REPORT_HEADER);
            out.write('\n');
            for (String row : report) {
                out.write(row);
                out.write('\n');
            }
        }
    }

    List<ImportJobResponse.SourceCounts> sources() {
        return new ArrayList<>(sources.values());
    }

    List<ImportJobResponse.RejectedRow> firstRejections() {
        return first;
    }

    long rejected() {
        return rejected;
    }

    /** A line of an uploaded slice as the line of the original file (the header and a slice's first record keep theirs). */
    private static long line(UploadPlan.Upload upload, String file, long line) {
        UploadPlan.Slice slice = upload.slices().get(file);
        return slice == null || line < 2 ? line : line - 2 + slice.firstLine();
    }
}
