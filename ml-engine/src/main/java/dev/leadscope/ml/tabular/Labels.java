package dev.leadscope.ml.tabular;

/** Reads a label column: 1/0, yes/no, true/false or y/n in any case; anything else is an error naming the line. */
public final class Labels {
    private Labels() {
    }

    /** One 0/1 label per row of the table. */
    public static int[] read(Table table, String column) {
        int c = table.column(column);
        int[] labels = new int[table.rowCount()];
        for (int r = 0; r < labels.length; r++) {
            String v = table.cell(r, c);
            Boolean b = Values.bool(v);
            if (b == null) {
                throw new IllegalArgumentException("line " + table.line(r) + ": label column '" + column + "' has "
                        + (v == null ? "no value" : "'" + v + "'") + "; expected 1/0, yes/no or true/false");
            }
            labels[r] = b ? 1 : 0;
        }
        return labels;
    }
}
