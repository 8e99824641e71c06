package dev.leadscope.rest.imports.csv;

import java.util.List;

/**
 * One record of a CSV file: its fields, the physical line it starts on (1-based, the header is line 1),
 * and a problem when the record is malformed (an unterminated quote, text after a closing quote).
 */
public record CsvRecord(long line, List<String> fields, String problem) {
    public CsvRecord {
        fields = List.copyOf(fields);
    }

    public int size() {
        return fields.size();
    }

    public String get(int index) {
        return fields.get(index);
    }

    public boolean malformed() {
        return problem != null;
    }
}
