package dev.leadscope.rest.imports.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits the files of an import into uploads of at most a given size, so that no request passes the service's request
 * limit. Each file is cut between records (a line break outside quotes), every slice keeps the file's header line,
 * and the files keep their order (the mapping's dependency order), so a slice of events is uploaded with or after every
 * slice of the leads it names. An upload holds at most one slice per file; the files it does not carry are sent as
 * their header line alone, so the mapping checks against every file and imports nothing from them.
 */
public final class UploadPlan {
    /** A part of one file: its header line, then the records in bytes {@code [from, to)}, which start on physical line {@code firstLine}. */
    public record Slice(String name, Path file, byte[] header, long from, long to, long firstLine) {
        /** The bytes this slice sends: the header and its records. */
        public long size() {
            return header.length + to - from;
        }
    }

    /** One upload: the slices it carries by file name, and the header-only stand-ins for the other files. */
    public record Upload(int number, int of, Map<String, Slice> slices, Map<String, byte[]> headersOnly) {
        /** The bytes of file content this upload sends. */
        public long size() {
            return slices.values().stream().mapToLong(Slice::size).sum() + headersOnly.values().stream().mapToLong(h -> h.length).sum();
        }
    }

    private UploadPlan() {
    }

    /**
     * The uploads that carry {@code files} (by upload file name, in dependency order) in parts of at most {@code maxBytes}
     * of file content each. A single record longer than that is sent alone, and may be refused by the service.
     */
    public static List<Upload> of(Map<String, Path> files, long maxBytes) throws IOException {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("the upload size must be positive: " + maxBytes);
        }
        Map<String, byte[]> headers = new LinkedHashMap<>();
        List<Slice> slices = new ArrayList<>();
        for (Map.Entry<String, Path> f : files.entrySet()) {
            slices.addAll(slices(f.getKey(), f.getValue(), maxBytes, headers));
        }
        List<Map<String, Slice>> packed = new ArrayList<>();
        Map<String, Slice> current = new LinkedHashMap<>();
        long size = 0;
        for (Slice s : slices) {
            if (!current.isEmpty() && (current.containsKey(s.name()) || size + s.size() > maxBytes)) {
                packed.add(current);
                current = new LinkedHashMap<>();
                size = 0;
            }
            current.put(s.name(), s);
            size += s.size();
        }
        packed.add(current);
        List<Upload> uploads = new ArrayList<>();
        for (Map<String, Slice> carried : packed) {
            Map<String, byte[]> others = new LinkedHashMap<>();
            headers.forEach((name, header) -> {
                if (!carried.containsKey(name)) {
                    others.put(name, header);
                }
            });
            uploads.add(new Upload(uploads.size() + 1, packed.size(), Collections.unmodifiableMap(carried), Collections.unmodifiableMap(others)));
        }
        return uploads;
    }

    /** Cuts one file between records into slices of at most {@code maxBytes} with its header; records its header in {@code headers}. */
    private static List<Slice> slices(String name, Path file, long maxBytes, Map<String, byte[]> headers) throws IOException {
        List<Slice> out = new ArrayList<>();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            RecordScanner scan = new RecordScanner(in);
            long headerEnd = scan.nextRecordEnd();
            byte[] header;
            try (InputStream h = Files.newInputStream(file)) {
                header = h.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, headerEnd));
            }
            headers.put(name, header);
            long budget = Math.max(1, maxBytes - header.length);
            long from = headerEnd;
            long fromLine = scan.line();
            long lastEnd = from;
            long lastEndLine = fromLine;
            for (long end = scan.nextRecordEnd(); end > lastEnd; end = scan.nextRecordEnd()) {
                if (end - from > budget && lastEnd > from) {
                    out.add(new Slice(name, file, header, from, lastEnd, fromLine));
                    from = lastEnd;
                    fromLine = lastEndLine;
                }
                lastEnd = end;
                lastEndLine = scan.line();
            }
            if (lastEnd > from || out.isEmpty()) {
                out.add(new Slice(name, file, header, from, lastEnd, fromLine));
            }
        }
        return out;
    }

    /** Finds record ends in CSV bytes: a line feed outside double quotes (a doubled quote inside quotes toggles twice). */
    private static final class RecordScanner {
        private final InputStream in;
        private long position;
        private long line = 1;

        RecordScanner(InputStream in) {
            this.in = in;
        }

        /** The offset just past the next record's line feed, or the end of the file. */
        long nextRecordEnd() throws IOException {
            boolean quoted = false;
            int b;
            while ((b = in.read()) >= 0) {
                position++;
                if (b == '"') {
                    quoted = !quoted;
                } else if (b == '\n') {
                    line++;
                    if (!quoted) {
                        return position;
                    }
                }
            }
            return position;
        }

        /** The physical line (1-based) the next record starts on. */
        long line() {
            return line;
        }
    }
}
