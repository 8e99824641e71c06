package dev.leadscope.ml.simulation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Reads RFC 4180 CSV with a header row, one record at a time; empty cells come back as null. */
public final class CsvRows {
    private CsvRows() {
    }

    /** One data record, read by column name. */
    public record Row(Map<String, Integer> columns, List<String> cells, long line) {
        /** The cell of {@code column}, null when empty. @throws IllegalArgumentException for an unknown column */
        public String get(String column) {
            Integer i = columns.get(column);
            if (i == null) {
                throw new IllegalArgumentException("no column '" + column + "' (line " + line + ")");
            }
            return i < cells.size() ? cells.get(i) : null;
        }
    }

    /** Calls {@code sink} for every data record of {@code file}. @throws UncheckedIOException when unreadable */
    public static void forEach(Path file, Consumer<Row> sink) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            long[] line = {1};
            List<String> header = next(in, line);
            if (header == null) {
                return;
            }
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                columns.put(header.get(i), i);
            }
            long start = line[0];
            for (List<String> cells = next(in, line); cells != null; cells = next(in, line)) {
                sink.accept(new Row(columns, cells, start));
                start = line[0];
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static List<String> next(BufferedReader in, long[] line) throws IOException {
        String text = in.readLine();
        if (text == null) {
            return null;
        }
        line[0]++;
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        int i = 0;
        while (true) {
            if (i == text.length()) {
                if (!quoted) {
                    break;
                }
                String more = in.readLine();
                if (more == null) {
                    throw new IllegalArgumentException("unterminated quote at line " + line[0]);
                }
                line[0]++;
                cell.append('\n');
                text = more;
                i = 0;
                continue;
            }
            char c = text.charAt(i++);
            if (quoted) {
                if (c == '"' && i < text.length() && text.charAt(i) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                cells.add(cell.length() == 0 && !wasQuoted ? null : cell.toString());
                cell.setLength(0);
                wasQuoted = false;
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.length() == 0 && !wasQuoted ? null : cell.toString());
        return cells;
    }
}
