package dev.leadscope.rest.imports.run;

import dev.leadscope.rest.imports.csv.CsvCells;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes rejected rows to a report file as they come, CSV ({@code source,file,line,column,value,reason}) or,
 * for a name ending in {@code .json}, a JSON document with the rejections and the summary; it also keeps the
 * first {@code keep} rejections in memory for status pages.
 */
public final class ReportWriter implements RejectionSink, Closeable {
    private final BufferedWriter out;
    private final boolean json;
    private final int keep;
    private final List<Rejection> first = new ArrayList<>();
    private long count;

    public ReportWriter(Path file, int keep) throws IOException {
        this.json = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json");
        this.keep = keep;
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        out.write(json ? "{\"rejections\":[" : "source,file,line,column,value,reason\n");
    }

    @Override
    public synchronized void reject(Rejection r) {
        if (first.size() < keep) {
            first.add(r);
        }
        try {
            if (json) {
                out.write((count == 0 ? "\n" : ",\n") + "{\"source\":" + Json.quote(r.source()) + ",\"file\":" + Json.quote(r.file())
                        + ",\"line\":" + r.line() + ",\"column\":" + Json.quote(r.column()) + ",\"value\":" + Json.quote(r.value())
                        + ",\"reason\":" + Json.quote(r.reason()) + "}");
            } else {
                out.write(CsvCells.quote(r.source()) + ',' + CsvCells.quote(r.file()) + ',' + r.line() + ',' + CsvCells.quote(r.column())
                        + ',' + CsvCells.quote(r.value()) + ',' + CsvCells.quote(r.reason()) + '\n');
            }
            count++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first rejections, at most {@code keep}. */
    public synchronized List<Rejection> first() {
        return List.copyOf(first);
    }

    public synchronized long count() {
        return count;
    }

    /** Ends the report; a JSON report gets the summary (null when the import failed) before it is closed. */
    public synchronized void finish(ImportSummary summary) throws IOException {
        if (json) {
            out.write("\n],\"summary\":" + (summary == null ? "null" : Json.summary(summary)) + "}\n");
        }
        out.close();
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
