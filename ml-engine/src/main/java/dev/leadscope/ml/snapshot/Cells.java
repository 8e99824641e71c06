package dev.leadscope.ml.snapshot;

import java.time.Instant;

/**
 * Collects one snapshot row as values: numbers as they are (NaN = missing) and text cells as text, so that the
 * model's matrix can be filled without formatting and parsing numbers; {@link SnapshotRow#cell} gives the text form
 * the training table reads.
 */
final class Cells {
    static final double DAY_SECONDS = 86_400.0;
    private static final String[] SMALL = new String[1001];
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = Integer.toString(i);
        }
    }

    private final SnapshotColumns columns;
    private final double[] numbers;
    private final String[] texts;

    Cells(SnapshotColumns columns) {
        this.columns = columns;
        int width = columns.names().size();
        this.numbers = new double[width];
        this.texts = new String[width];
        java.util.Arrays.fill(numbers, Double.NaN);
    }

    void put(String column, String value) {
        int i = columns.position(column);
        if (i < 0) {
            throw new IllegalStateException("no snapshot column " + column);
        }
        text(i, value);
    }

    void put(String column, double value) {
        int i = columns.position(column);
        if (i < 0) {
            throw new IllegalStateException("no snapshot column " + column);
        }
        numbers[i] = value;
    }

    /** Sets the number at a position known from {@link SnapshotColumns} (-1: the row has no such column). */
    void put(int position, double value) {
        if (position < 0) {
            throw new IllegalStateException("no such snapshot column");
        }
        numbers[position] = value;
    }

    /** Sets the column only when the row has it (custom attributes the model was not trained with are skipped). */
    void putIfPresent(String column, String value) {
        int i = columns.position(column);
        if (i >= 0) {
            text(i, value);
        }
    }

    /** Sets a number only when the row has the column. */
    void putIfPresent(String column, double value) {
        int i = columns.position(column);
        if (i >= 0) {
            numbers[i] = value;
        }
    }

    private void text(int i, String value) {
        texts[i] = value;
        numbers[i] = Double.NaN;
    }

    SnapshotColumns columns() {
        return columns;
    }

    SnapshotRow row() {
        return new SnapshotRow(columns, numbers, texts);
    }

    /** The text form of a number cell: null for NaN and infinities, whole numbers without a fraction. */
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

    /** Days from {@code from} to {@code to}, with fractions, at millisecond resolution (as {@code Duration.toMillis}). */
    static double days(Instant from, Instant to) {
        long seconds = to.getEpochSecond() - from.getEpochSecond();
        long nanos = (long) to.getNano() - from.getNano();
        if (nanos < 0) {
            nanos += NANOS_PER_SECOND;
            seconds--;
        }
        if (seconds < 0) {
            seconds++;
            nanos -= NANOS_PER_SECOND;
        }
        long millis = Math.addExact(Math.multiplyExact(seconds, 1000L), nanos / 1_000_000L);
        return millis / 1000.0 / DAY_SECONDS;
    }
}
