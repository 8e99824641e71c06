package dev.leadscope.ml.tabular;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/** Splits RFC 4180 CSV text into records, keeping the line on which each record starts. */
final class CsvParser {
    private final BufferedReader in;
    private final char delimiter;
    private int line = 1;

    CsvParser(Reader in, char delimiter) {
        this.in = in instanceof BufferedReader b ? b : new BufferedReader(in, 1 << 16);
        this.delimiter = delimiter;
    }

    /** One record and the 1-based line it starts on. */
    record Record(int line, String[] cells) {
    }

    /** The next record, or null at the end of the input. */
    Record next() throws IOException {
        int c = in.read();
        if (c == -1) {
            return null;
        }
        int start = line;
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    throw new IllegalArgumentException("line " + start + ": quoted cell is not closed");
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
                        line++;
                    }
                    cell.append((char) c);
                }
            } else if (c == '"' && cell.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == delimiter) {
                cells.add(cell.toString());
                cell.setLength(0);
                wasQuoted = false;
            } else if (c == '\r' && peekNewline()) {
                c = in.read();
                continue;
            } else if (c == '\n' || c == -1) {
                if (c == '\n') {
                    line++;
                }
                cells.add(cell.toString());
                return new Record(start, cells.toArray(String[]::new));
            } else {
                cell.append((char) c);
            }
            c = in.read();
        }
    }

    private boolean peekNewline() throws IOException {
        in.mark(1);
        int n = in.read();
        in.reset();
        return n == '\n' || n == -1;
    }

    /** Picks the delimiter among comma, semicolon and tab that occurs most often outside quotes in the header. */
    static char detectDelimiter(String headerLine) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < headerLine.length(); i++) {
            char ch = headerLine.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                if (ch == ',') {
                    commas++;
                } else if (ch == ';') {
                    semicolons++;
                } else if (ch == '\t') {
                    tabs++;
                }
            }
        }
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }
}
