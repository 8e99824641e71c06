package dev.leadscope.ml.tabular;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a flat CSV file into a {@link Table}: UTF-8 with or without a byte-order mark, a header row, the
 * delimiter detected among comma, semicolon and tab, RFC 4180 quotes. Empty cells and the configured
 * missing tokens (default {@code Select}, a web-form default; compared ignoring case and surrounding
 * spaces) become missing. Rows whose cell count differs from the header are rejected with their line.
 */
public final class TableReader {
    /** The tokens that mean "missing" when nothing else is configured. */
    public static final List<String> DEFAULT_MISSING_TOKENS = List.of("Select");

    private final Set<String> missingTokens;

    public TableReader(List<String> missingTokens) {
        this.missingTokens = missingTokens.stream().map(t -> t.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The table and the rows that could not be read, each described with its line. */
    public record Result(Table table, List<String> rejectedRows) {
        public Result {
            rejectedRows = List.copyOf(rejectedRows);
        }
    }

    /** Reads the file; an unreadable file is an {@link UncheckedIOException}, an empty one an {@link IllegalArgumentException}. */
    public Result read(Path file) {
        String text;
        if (!Files.isRegularFile(file)) {
            throw new UncheckedIOException(new java.io.FileNotFoundException("file not found: " + file));
        }
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return parse(text, file.toString());
    }

    /** Reads CSV text; {@code source} names it in error messages. */
    public Result parse(String text, String source) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        int eol = text.indexOf('\n');
        char delimiter = CsvParser.detectDelimiter(eol < 0 ? text : text.substring(0, eol));
        CsvParser parser = new CsvParser(new StringReader(text), delimiter);
        try {
            CsvParser.Record header = parser.next();
            if (header == null || header.cells().length == 0 || (header.cells().length == 1 && header.cells()[0].isBlank())) {
                throw new IllegalArgumentException(source + ": the file is empty; a header row is needed");
            }
            List<String> columns = new ArrayList<>();
            for (String name : header.cells()) {
                columns.add(name.strip());
            }
            List<String[]> rows = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            List<String> rejected = new ArrayList<>();
            for (CsvParser.Record r = parser.next(); r != null; r = parser.next()) {
                String[] cells = r.cells();
                if (cells.length == 1 && cells[0].isBlank()) {
                    continue;
                }
                if (cells.length != columns.size()) {
                    rejected.add("line " + r.line() + ": " + cells.length + " cells where the header has " + columns.size());
                    continue;
                }
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = missing(cells[i]) ? null : cells[i].strip();
                }
                rows.add(cells);
                lines.add(r.line());
            }
            return new Result(Table.of(columns, rows, lines.stream().mapToInt(Integer::intValue).toArray()), rejected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
    }

    private boolean missing(String cell) {
        String t = cell.strip();
        return t.isEmpty() || missingTokens.contains(t.toLowerCase(Locale.ROOT));
    }
}
