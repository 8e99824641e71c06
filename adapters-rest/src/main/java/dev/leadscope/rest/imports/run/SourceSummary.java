package dev.leadscope.rest.imports.run;

/**
 * What one source did: data rows read, rows the filter dropped, records created, updated, found unchanged,
 * and rows rejected, and how long it took. {@code read = filtered + created + updated + unchanged + rejected}.
 */
public record SourceSummary(String source, String kind, String file, long read, long filtered, long created, long updated,
                            long unchanged, long rejected, long millis) {

    /** Records written: created plus updated. */
    public long imported() {
        return created + updated;
    }

    /** Rows read per second. */
    public double rowsPerSecond() {
        return millis == 0 ? read : read * 1000.0 / millis;
    }
}
