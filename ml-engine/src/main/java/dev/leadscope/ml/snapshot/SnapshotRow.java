package dev.leadscope.ml.snapshot;

/**
 * One lead's snapshot row as values, aligned with its {@link SnapshotColumns}: a cell holds either text (categories,
 * notes, a custom attribute given as text) or a number (NaN = missing). The text form of every cell is the one the
 * training table reads; the numbers go straight into the model's matrix. Read-only once built.
 */
public final class SnapshotRow {
    private final SnapshotColumns columns;
    private final double[] numbers;
    private final String[] texts;

    SnapshotRow(SnapshotColumns columns, double[] numbers, String[] texts) {
        this.columns = columns;
        this.numbers = numbers;
        this.texts = texts;
    }

    public SnapshotColumns columns() {
        return columns;
    }

    /** True when the cell at {@code i} holds text rather than a number. */
    public boolean isText(int i) {
        return texts[i] != null;
    }

    /** The number at {@code i} (NaN when missing, or when the cell holds text). */
    public double number(int i) {
        return numbers[i];
    }

    /** The cell at {@code i} as the training table holds it (null = missing). */
    public String cell(int i) {
        return texts[i] != null ? texts[i] : Cells.text(numbers[i]);
    }

    /** Every cell in its text form, in column order. */
    public String[] cells() {
        String[] out = new String[texts.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = cell(i);
        }
        return out;
    }

    /** The cell of the named column in text form. */
    public String cell(String column) {
        int i = columns.position(column);
        if (i < 0) {
            throw new IllegalArgumentException("no snapshot column " + column);
        }
        return cell(i);
    }
}
