package dev.leadscope.ml.simulation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes RFC 4180 CSV (comma, CRLF-free "\n" rows, quotes only where needed); null cells are written empty. */
final class CsvWriter implements AutoCloseable {
    private final Writer out;
    private final Path path;
    private final int columns;
    private long rows;

    CsvWriter(Path path, String... header) {
        this.path = path;
        this.columns = header.length;
        try {
            Files.createDirectories(path.toAbsolutePath().getParent());
            this.out = new BufferedWriter(Files.newBufferedWriter(path, StandardCharsets.UTF_8), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
        writeCells(header);
        rows = 0;
    }

    /** Writes one data row; the number of cells must match the header. */
    void row(Object... cells) {
        if (cells.length != columns) {
            throw new IllegalArgumentException(path.getFileName() + ": expected " + columns + " cells, got " + cells.length);
        }
        writeCells(cells);
        rows++;
    }

    private void writeCells(Object[] cells) {
        try {
            for (int i = 0; i < cells.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                Object cell = cells[i];
                if (cell != null) {
                    out.write(escape(cell.toString()));
                }
            }
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }

    /** Quotes a cell when it holds a comma, quote, CR or LF, doubling inner quotes. */
    static String escape(String cell) {
        boolean quote = false;
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                quote = true;
                break;
            }
        }
        return quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }

    long rows() {
        return rows;
    }

    Path path() {
        return path;
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + path, e);
        }
    }
}
