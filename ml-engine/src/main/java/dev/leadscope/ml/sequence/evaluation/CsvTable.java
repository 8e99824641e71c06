package dev.leadscope.ml.sequence.evaluation;

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

/** Streams the rows of a headed RFC 4180 CSV file; errors name the file, line and column. */
final class CsvTable {
    private CsvTable() {
    }

    /** One row with access by column name. */
    record Row(Path file, int line, Map<String, Integer> header, List<String> cells) {
        String get(String column) {
            Integer i = header.get(column);
            if (i == null) {
                throw new IllegalArgumentException(file + ": missing column '" + column + "'");
            }
            return i < cells.size() ? cells.get(i) : "";
        }

        IllegalArgumentException error(String column, String reason) {
            return new IllegalArgumentException(file + " line " + line + " column '" + column + "': " + reason + " ('" + get(column) + "')");
        }
    }

    static void read(Path file, Consumer<Row> rows) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int[] line = {1};
            List<String> head = record(in, line, file);
            if (head == null) {
                throw new IllegalArgumentException(file + " is empty");
            }
            Map<String, Integer> header = new HashMap<>();
            for (int i = 0; i < head.size(); i++) {
                header.put(head.get(i).strip(), i);
            }
            while (true) {
                int start = line[0];
                List<String> cells = record(in, line, file);
                if (cells == null) {
                    return;
                }
                if (cells.size() == 1 && cells.get(0).isEmpty()) {
                    continue;
                }
                rows.accept(new Row(file, start, header, cells));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static List<String> record(BufferedReader in, int[] line, Path file) throws IOException {
        int c = in.read();
        if (c == -1) {
            return null;
        }
        int start = line[0];
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    throw new IllegalArgumentException(file + " line " + start + ": quoted cell is not closed");
                }
                if (c == '"') {
                    in.mark(1);
                    int n = in.read();
                    if (n == '"') {
                        cell.append('"');
                    } else {
                        quoted = false;
                        if (n != -1) {
                            in.reset();
                        }
                    }
                } else {
                    if (c == '\n') {
                        line[0]++;
                    }
                    cell.append((char) c);
                }
            } else if (c == '"' && cell.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == -1) {
                line[0]++;
                int len = cell.length();
                if (len > 0 && cell.charAt(len - 1) == '\r') {
                    cell.setLength(len - 1);
                }
                cells.add(cell.toString());
                return cells;
            } else {
                cell.append((char) c);
            }
            c = in.read();
        }
    }
}
