package dev.leadscope.rest.imports.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * Writes a synthetic CRM export for measuring imports: {@code leads.csv}, {@code events.csv} (in the shape
 * of the bpic2012 log: a case id, a position, an activity, a lifecycle, an offset timestamp, a resource; ids
 * hashed from case and position) and the {@code mapping.yml} that reads them.
 */
public final class ImportBenchData {
    private static final String[] ACTIVITIES = {"Email Opened", "Email Clicked", "Page View", "Form Submit", "Webinar Attended",
        "Meeting Booked", "Call", "Content Download"};
    private static final String[] CATEGORIES = {"pricing", "docs", "case_study", "blog", "product", "careers"};

    private ImportBenchData() {
    }

    /** Writes the files into {@code dir} and returns the mapping file. */
    public static Path write(Path dir, int events, int leads, long seed) throws IOException {
        return write(dir, events, leads, 0, seed);
    }

    /**
     * Writes the files into {@code dir}, each event carrying a {@code detail} property of {@code padding}
     * characters (none when 0), and returns the mapping file.
     */
    public static Path write(Path dir, int events, int leads, int padding, long seed) throws IOException {
        if (events < 1 || leads < 1) {
            throw new IllegalArgumentException("--events and --leads must be at least 1");
        }
        if (padding < 0 || padding > 100_000) {
            throw new IllegalArgumentException("--padding must be between 0 and 100000: " + padding);
        }
        Files.createDirectories(dir);
        SplittableRandom random = new SplittableRandom(seed);
        Instant start = Instant.parse("2024-01-01T00:00:00Z");
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("leads.csv"), StandardCharsets.UTF_8)) {
            out.write("lead_id,created_at,source\n");
            for (int i = 0; i < leads; i++) {
                out.write("L" + i + "," + start.plusSeconds(i * 60L) + "," + (i % 3 == 0 ? "webinar" : "organic") + "\n");
            }
        }
        int[] position = new int[leads];
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("events.csv"), StandardCharsets.UTF_8)) {
            out.write("case_id,event_index,activity,lifecycle,timestamp,resource,detail\n");
            String detail = padding(padding, random);
            for (int i = 0; i < events; i++) {
                int lead = random.nextInt(leads);
                Instant at = start.plusSeconds(lead * 60L + position[lead] * 3_600L + random.nextInt(3_600));
                out.write("L" + lead + "," + position[lead]++ + "," + ACTIVITIES[random.nextInt(ACTIVITIES.length)] + ","
                        + CATEGORIES[random.nextInt(CATEGORIES.length)] + "," + at.atOffset(java.time.ZoneOffset.ofHours(2)) + ","
                        + (100 + random.nextInt(50)) + "," + detail + "\n");
            }
        }
        Path mapping = dir.resolve("mapping.yml");
        Files.writeString(mapping, """
                version: 1
                sources:
                  - name: bench leads
                    file: leads.csv
                    kind: lead
                    fields: {lead_id: lead_id, created_at: created_at, source_channel: source}
                  - name: bench events
                    file: events.csv
                    kind: event
                    fields:
                      event_id: {hash: [case_id, event_index], prefix: "bench-"}
                      lead_id: case_id
                      type: activity
                      category: lifecycle
                      occurred_at: timestamp
                    properties: {resource: resource, detail: detail}
                """);
        return mapping;
    }

    private static String padding(int length, SplittableRandom random) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append((char) ('a' + random.nextInt(26)));
        }
        return sb.toString();
    }
}
