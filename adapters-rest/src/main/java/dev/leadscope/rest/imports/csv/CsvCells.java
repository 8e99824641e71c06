package dev.leadscope.rest.imports.csv;

/** Writing one cell of a comma-separated file, the way {@link CsvReader} reads it back. */
public final class CsvCells {
    private CsvCells() {
    }

    /** The cell as written: empty for null, quoted (inner quotes doubled) when it holds a comma, a quote or a line break. */
    public static String quote(String s) {
        if (s == null) {
            return "";
        }
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
