package dev.leadscope.ml.sequence.evaluation;

import dev.leadscope.ml.sequence.SequenceEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The BPI Challenge 2012 loan log as a sequence evaluation: cases registered before the cut-off train, later
 * ones test, open cases are left out, the label is "approved". A case is scored after its k-th event for each
 * k in the prefix lengths, only while that event is strictly before the case's outcome; the profile is the
 * requested amount. Event type = activity, category = lifecycle transition.
 */
public final class BpicDataset {
    /** The prefix lengths the evaluation reports on. */
    public static final List<Integer> TEST_PREFIXES = List.of(2, 5, 10, 15, 20, 25);

    private BpicDataset() {
    }

    private record Case(String id, LocalDate registered, double amount, String outcome, Instant outcomeAt, List<SequenceEvent> events) {
    }

    /**
     * Reads {@code cases.csv} and {@code events.csv} from {@code dir}.
     *
     * @param cutoff         first registration date of the test period (local date of {@code reg_date})
     * @param trainPrefixes  prefix lengths the training examples are cut at
     * @throws IllegalArgumentException naming the file, line and column of a bad value, or a missing file
     */
    public static SequenceDataset load(Path dir, LocalDate cutoff, Set<Integer> trainPrefixes) {
        Path casesFile = dir.resolve("cases.csv");
        Path eventsFile = dir.resolve("events.csv");
        for (Path p : List.of(casesFile, eventsFile)) {
            if (!Files.isRegularFile(p)) {
                throw new IllegalArgumentException("BPIC 2012 data needs " + p + " (cases.csv and events.csv)");
            }
        }
        Map<String, Case> cases = new LinkedHashMap<>();
        CsvTable.read(casesFile, row -> {
            String outcome = row.get("outcome");
            OffsetDateTime reg = time(row, "reg_date");
            Instant outcomeAt = "open".equals(outcome) ? null : time(row, "outcome_at").toInstant();
            cases.put(row.get("case_id"), new Case(row.get("case_id"), reg.toLocalDate(), number(row, "amount_req"), outcome,
                    outcomeAt, new ArrayList<>()));
        });
        Map<String, List<SequenceEvent>> events = new HashMap<>();
        CsvTable.read(eventsFile, row -> {
            Case c = cases.get(row.get("case_id"));
            if (c == null) {
                throw row.error("case_id", "no such case in cases.csv");
            }
            c.events().add(new SequenceEvent(row.get("activity"), row.get("lifecycle"), time(row, "timestamp").toInstant()));
        });
        List<LabelledSequence> train = new ArrayList<>();
        List<LabelledSequence> test = new ArrayList<>();
        for (Case c : cases.values()) {
            if (c.outcomeAt() == null) {
                continue;
            }
            boolean isTest = !c.registered().isBefore(cutoff);
            for (int k : isTest ? TEST_PREFIXES : trainPrefixes.stream().sorted().toList()) {
                if (k > c.events().size() || !c.events().get(k - 1).at().isBefore(c.outcomeAt())) {
                    continue;
                }
                List<SequenceEvent> prefix = c.events().subList(0, k);
                Instant at = prefix.get(k - 1).at().plusMillis(1);
                float[] profile = {(float) Math.log1p(c.amount())};
                (isTest ? test : train).add(new LabelledSequence(c.id(), k, at, prefix, profile, "approved".equals(c.outcome()) ? 1 : 0));
            }
        }
        return new SequenceDataset("BPIC 2012 (train: registered before " + cutoff + ", test: from it on; open cases left out)",
                List.of("log_amount_requested"), train, test, List.of(), "prefix");
    }

    private static OffsetDateTime time(CsvTable.Row row, String column) {
        try {
            return OffsetDateTime.parse(row.get(column));
        } catch (DateTimeParseException e) {
            throw row.error(column, "not an ISO-8601 time with offset");
        }
    }

    private static double number(CsvTable.Row row, String column) {
        String v = row.get(column);
        if (v.isBlank()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw row.error(column, "not a number");
        }
    }
}
