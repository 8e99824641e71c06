package dev.leadscope.rest.imports.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV one record at a time in constant memory: quoted fields with doubled quotes, line
 * breaks inside quotes, CRLF / LF / CR line ends, and a byte-order mark. Blank lines are skipped. A
 * malformed record is returned with {@link CsvRecord#problem()} set, and reading goes on with the next one.
 * A delimiter of {@code 0} is detected from the first line (comma, semicolon, tab or pipe).
 */
public final class CsvReader implements Closeable {
    private static final int BUFFER = 1 << 16;
    private static final int MAX_HEADER_SCAN = 1 << 20;
    private static final int MAX_FIELD = 1 << 24;

    private final Reader in;
    private final char quote;
    private final Charset charset;
    private char delimiter;
    private char[] buf = new char[BUFFER];
    private int pos;
    private int limit;
    private boolean eof;
    private long line = 1;
    private final StringBuilder field = new StringBuilder(64);
    private final List<String> fields = new ArrayList<>();

    public CsvReader(InputStream stream, CsvFormat format) throws IOException {
        this(stream, format.delimiter(), format.quote(), format.charset());
    }

    public CsvReader(InputStream stream, char delimiter, char quote, Charset charset) throws IOException {
        PushbackInputStream pushback = new PushbackInputStream(stream, 3);
        this.charset = bomCharset(pushback, charset);
        this.in = new InputStreamReader(pushback, this.charset);
        this.quote = quote;
        this.delimiter = delimiter == 0 ? detectDelimiter() : delimiter;
    }

    /** The delimiter in use: the one given, or the one detected from the first line. */
    public char delimiter() {
        return delimiter;
    }

    /** The encoding in use: the one given, unless a byte-order mark said otherwise. */
    public Charset charset() {
        return charset;
    }

    /** The next record, or {@code null} at the end of the input. */
    public CsvRecord next() throws IOException {
        while (true) {
            CsvRecord record = readRecord();
            if (record == null) {
                return null;
            }
            if (!(record.size() == 1 && record.get(0).isEmpty() && record.problem() == null)) {
                return record;
            }
        }
    }

    private CsvRecord readRecord() throws IOException {
        if (pos >= limit && !fill()) {
            return null;
        }
        long start = line;
        String problem = null;
        fields.clear();
        field.setLength(0);
        boolean quoted = false;
        boolean afterQuote = false;
        while (true) {
            if (pos >= limit && !fill()) {
                if (quoted) {
                    problem = "unterminated quoted field (opened on line " + start + " or later)";
                }
                fields.add(take());
                return new CsvRecord(start, fields, problem);
            }
            char c = buf[pos++];
            if (quoted) {
                if (c == quote) {
                    if (pos >= limit && !fill()) {
                        quoted = false;
                        afterQuote = true;
                        continue;
                    }
                    if (buf[pos] == quote) {
                        field.append(quote);
                        pos++;
                    } else {
                        quoted = false;
                        afterQuote = true;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    append(c);
                }
                continue;
            }
            if (c == delimiter) {
                fields.add(take());
                afterQuote = false;
            } else if (c == '\n' || c == '\r') {
                line++;
                if (c == '\r' && (pos < limit || fill()) && buf[pos] == '\n') {
                    pos++;
                }
                fields.add(take());
                return new CsvRecord(start, fields, problem);
            } else if (c == quote && field.length() == 0 && !afterQuote) {
                quoted = true;
            } else {
                if (afterQuote && problem == null) {
                    problem = "text after a closing quote in field " + (fields.size() + 1);
                }
                append(c);
            }
        }
    }

    private void append(char c) throws IOException {
        if (field.length() >= MAX_FIELD) {
            throw new IOException("line " + line + ": a field longer than " + MAX_FIELD + " characters (is the quote character right?)");
        }
        field.append(c);
    }

    private String take() {
        String s = field.toString();
        field.setLength(0);
        return s;
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        if (pos < limit) {
            return true;
        }
        int n = in.read(buf, 0, buf.length);
        if (n <= 0) {
            eof = true;
            pos = limit = 0;
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }

    /** Fills the buffer up to the first line end outside quotes and picks the most frequent candidate delimiter. */
    private char detectDelimiter() throws IOException {
        boolean inQuotes = false;
        int i = 0;
        int[] counts = new int[4];
        char[] candidates = {',', ';', '\t', '|'};
        while (true) {
            if (i >= limit) {
                if (eof || limit >= MAX_HEADER_SCAN) {
                    break;
                }
                if (limit == buf.length) {
                    buf = java.util.Arrays.copyOf(buf, buf.length * 2);
                }
                int n = in.read(buf, limit, buf.length - limit);
                if (n <= 0) {
                    eof = limit == 0;
                    break;
                }
                limit += n;
                continue;
            }
            char c = buf[i++];
            if (c == quote) {
                inQuotes = !inQuotes;
            } else if (!inQuotes && (c == '\n' || c == '\r')) {
                break;
            } else if (!inQuotes) {
                for (int k = 0; k < candidates.length; k++) {
                    if (c == candidates[k]) {
                        counts[k]++;
                    }
                }
            }
        }
        int best = 0;
        for (int k = 1; k < counts.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return candidates[best];
    }

    private static Charset bomCharset(PushbackInputStream in, Charset declared) throws IOException {
        byte[] head = new byte[3];
        int n = in.readNBytes(head, 0, 3);
        if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            in.unread(head, 2, n - 2);
            return StandardCharsets.UTF_16BE;
        }
        if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            in.unread(head, 2, n - 2);
            return StandardCharsets.UTF_16LE;
        }
        if (n > 0) {
            in.unread(head, 0, n);
        }
        return declared;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
