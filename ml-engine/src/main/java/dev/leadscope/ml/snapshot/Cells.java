package dev.leadscope.ml.snapshot;

import java.time.Duration;
import java.time.Instant;

/** Writes snapshot values as table cells (text, null = missing), sharing the strings of small whole numbers. */
final class Cells {
    static final double DAY_SECONDS = 86_400.0;
    private static final String[] SMALL = new String[1001];

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = Integer.toString(i);
        }
    }

    private final SnapshotColumns columns;
    private final String[] row;

    Cells(SnapshotColumns columns) {
        this.columns = columns;
        this.row = new String[columns.names().size()];
    }

    void put(String column, String value) {
        int i = columns.position(column);
        if (i < 0) {
            throw new IllegalStateException("no snapshot column " + column);
        }
        row[i] = value;
    }

    void put(String column, double value) {
        put(column, text(value));
    }

    /** Sets the column only when the row has it (custom attributes the model was not trained with are skipped). */
    void putIfPresent(String column, String value) {
        int i = columns.position(column);
        if (i >= 0) {
            row[i] = value;
        }
    }

    String[] row() {
        return row;
    }

    static String text(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return null;
        }
        if (value == Math.rint(value) && value >= 0 && value < SMALL.length) {
            return SMALL[(int) value];
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Float.toString((float) value);
    }

    /** Days from {@code from} to {@code to}, with fractions. */
    static double days(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 1000.0 / DAY_SECONDS;
    }
}
