package dev.leadscope.account.simulation;

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

/** Reads the simulator's RFC 4180 CSV files row by row, giving each row as a map from header to value. */
final class Csv {
    private Csv() {
    }

    /** A row: values by column name; empty cells are null. */
    record Row(Map<String, String> values) {
        String get(String column) {
            return values.get(column);
        }
    }

    static void read(Path file, Consumer<Row> sink) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<String> header = parse(in);
            if (header == null) {
                return;
            }
            List<String> cells;
            while ((cells = parse(in)) != null) {
                Map<String, String> values = new HashMap<>(header.size() * 2);
                for (int i = 0; i < header.size(); i++) {
                    String v = i < cells.size() ? cells.get(i) : "";
                    values.put(header.get(i), v.isEmpty() ? null : v);
                }
                sink.accept(new Row(values));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The cells of the next record (which may span lines inside quotes), or null at the end. */
    private static List<String> parse(BufferedReader in) throws IOException {
        String line = in.readLine();
        if (line == null) {
            return null;
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        while (true) {
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        cell.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else {
                    cell.append(c);
                }
            }
            if (!quoted) {
                break;
            }
            String next = in.readLine();
            if (next == null) {
                break;
            }
            cell.append('\n');
            line = next;
        }
        cells.add(cell.toString());
        return cells;
    }
}
