package dev.leadscope.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** A CSV file read independently of the product's reader, to count what an import should have found. */
record CsvFile(List<String> header, List<List<String>> rows) {

    static CsvFile read(Path file) throws IOException {
        List<List<String>> records = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<String> record = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            int c;
            while ((c = in.read()) != -1) {
                char ch = (char) c;
                if (quoted) {
                    if (ch == '"') {
                        in.mark(1);
                        if (in.read() == '"') {
                            cell.append('"');
                        } else {
                            in.reset();
                            quoted = false;
                        }
                    } else {
                        cell.append(ch);
                    }
                } else if (ch == '"') {
                    quoted = true;
                } else if (ch == ',') {
                    record.add(cell.toString());
                    cell.setLength(0);
                } else if (ch == '\n') {
                    record.add(cell.toString().replace("\r", ""));
                    cell.setLength(0);
                    records.add(record);
                    record = new ArrayList<>();
                } else {
                    cell.append(ch);
                }
            }
            if (cell.length() > 0 || !record.isEmpty()) {
                record.add(cell.toString());
                records.add(record);
            }
        }
        String first = records.get(0).get(0);
        if (first.startsWith("\uFEFF")) {
            records.get(0).set(0, first.substring(1));
        }
        return new CsvFile(records.get(0), records.subList(1, records.size()));
    }

    int column(String name) {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no column " + name + " in " + header);
        }
        return i;
    }

    long count(String column, Predicate<String> where) {
        int i = column(column);
        return rows.stream().filter(r -> where.test(r.get(i))).count();
    }
}
