package dev.leadscope.rest.imports.run;

/**
 * What one source did: data rows read, rows the filter dropped, records created, updated, found unchanged,
 * and rows rejected. {@code read = filtered + created + updated + unchanged + rejected}.
 */
public record SourceSummary(String source, String kind, String file, long read, long filtered, long created, long updated,
                            long unchanged, long rejected) {

    /** Records written: created plus updated. */
    public long imported() {
        return created + updated;
    }
}
