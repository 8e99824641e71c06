package dev.leadscope.rest.imports.run;

import java.util.List;

/** The outcome of a whole import: one summary per source, in the order they ran, and the time it took. */
public record ImportSummary(List<SourceSummary> sources, long millis) {
    public ImportSummary {
        sources = List.copyOf(sources);
    }

    public long read() {
        return sources.stream().mapToLong(SourceSummary::read).sum();
    }

    public long imported() {
        return sources.stream().mapToLong(SourceSummary::imported).sum();
    }

    public long unchanged() {
        return sources.stream().mapToLong(SourceSummary::unchanged).sum();
    }

    public long rejected() {
        return sources.stream().mapToLong(SourceSummary::rejected).sum();
    }

    public long filtered() {
        return sources.stream().mapToLong(SourceSummary::filtered).sum();
    }

    /** A plain-text table for terminals. */
    public String table() {
        StringBuilder sb = new StringBuilder(String.format("%-40s %-8s %10s %10s %10s %10s %10s %10s%n", "source", "kind", "read",
                "imported", "unchanged", "rejected", "filtered", "rows/s"));
        for (SourceSummary s : sources) {
            sb.append(String.format("%-40s %-8s %10d %10d %10d %10d %10d %10.0f%n", abbreviate(s.source()), s.kind(), s.read(), s.imported(),
                    s.unchanged(), s.rejected(), s.filtered(), s.rowsPerSecond()));
        }
        sb.append(String.format("%-40s %-8s %10d %10d %10d %10d %10d%n", "total", "", read(), imported(), unchanged(), rejected(), filtered()));
        sb.append(String.format("%.1f s%n", millis / 1000.0));
        return sb.toString();
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
