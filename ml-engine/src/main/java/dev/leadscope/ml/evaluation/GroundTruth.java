package dev.leadscope.ml.evaluation;

import dev.leadscope.ml.simulation.CsvRows;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/**
 * True conversion probabilities per lead and snapshot time, read from a ground-truth file with the columns
 * {@code lead_id, scored_at, p_convert_90d, converted_within_90d} (the simulator's {@code truth/lead_probabilities.csv}).
 * Immutable after reading; thread-safe.
 */
public final class GroundTruth {
    /** The true probability at one snapshot and the label the truth file gives it (null when it gives none). */
    public record Point(double probability, Integer label) {
        public Point {
            if (!(probability >= 0 && probability <= 1)) {
                throw new IllegalArgumentException("probability must be in [0,1]: " + probability);
            }
        }
    }

    private final Map<String, Map<Long, Point>> byLead;
    private final long rows;

    private GroundTruth(Map<String, Map<Long, Point>> byLead, long rows) {
        this.byLead = byLead;
        this.rows = rows;
    }

    /**
     * Reads the file.
     *
     * @throws IllegalArgumentException when it is missing, lacks a column, or a cell does not parse (naming the line)
     */
    public static GroundTruth read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("ground-truth file not found: " + file);
        }
        Map<String, Map<Long, Point>> byLead = new HashMap<>();
        long[] rows = {0};
        CsvRows.forEach(file, r -> {
            try {
                String label = r.get("converted_within_90d");
                Point p = new Point(Double.parseDouble(r.get("p_convert_90d")), label == null ? null : Integer.valueOf(label));
                byLead.computeIfAbsent(r.get("lead_id"), k -> new HashMap<>())
                        .put(Instant.parse(r.get("scored_at")).getEpochSecond(), p);
                rows[0]++;
            } catch (NumberFormatException | DateTimeParseException | NullPointerException e) {
                throw new IllegalArgumentException(file + " line " + r.line() + ": " + e.getMessage(), e);
            }
        });
        return new GroundTruth(byLead, rows[0]);
    }

    /** The truth of {@code lead} at {@code t}, or null when the file has no row for it. */
    public Point at(String lead, Instant t) {
        Map<Long, Point> times = byLead.get(lead);
        return times == null ? null : times.get(t.getEpochSecond());
    }

    public long rows() {
        return rows;
    }
}
