package dev.leadscope.ml.sequence.evaluation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The pricing journeys of a simulator run ({@code truth/journeys.csv}: account, week, which page came first) and the
 * momentum each leaves, signed by its order: never observable, a reference for what reading the order perfectly adds.
 */
final class SimulatorJourneys {
    private static final Duration WEEK = Duration.ofDays(7);
    /** The simulator's momentum after a case-study-first journey, which falls by one a week without another. */
    private static final int MOMENTUM_WEEKS = 3;

    /** Each account's journeys by the Monday of their week: true when the case study came first. */
    private final Map<String, TreeMap<Instant, Boolean>> byAccount;

    private SimulatorJourneys(Map<String, TreeMap<Instant, Boolean>> byAccount) {
        this.byAccount = byAccount;
    }

    /**
     * Reads {@code file}; a run written before the file existed has none, and gives no journeys.
     *
     * @throws IllegalArgumentException naming the line and column of a bad value
     */
    static SimulatorJourneys read(Path file) {
        Map<String, TreeMap<Instant, Boolean>> out = new HashMap<>();
        if (Files.isRegularFile(file)) {
            CsvTable.read(file, row -> {
                Instant week;
                try {
                    week = LocalDate.parse(row.get("week_start")).atStartOfDay(ZoneOffset.UTC).toInstant();
                } catch (DateTimeParseException e) {
                    throw row.error("week_start", "not an ISO-8601 date");
                }
                boolean caseStudyFirst = switch (row.get("order")) {
                    case "case_study_first" -> true;
                    case "pricing_first" -> false;
                    default -> throw row.error("order", "expected case_study_first or pricing_first");
                };
                out.computeIfAbsent(row.get("account_id"), a -> new TreeMap<>()).put(week, caseStudyFirst);
            });
        }
        return new SimulatorJourneys(out);
    }

    boolean isEmpty() {
        return byAccount.isEmpty();
    }

    /** {@link #momentumOf(TreeMap, Instant)} of {@code account}'s journeys. */
    double momentum(String account, Instant at) {
        return momentumOf(byAccount.get(account), at);
    }

    /**
     * The momentum the latest journey whose week ended by {@code at} left: 3, 2 or 1 in the first three weeks after a
     * case study came first, the same negated after pricing came first, 0 otherwise or without journeys.
     */
    static double momentumOf(TreeMap<Instant, Boolean> journeys, Instant at) {
        if (journeys == null) {
            return 0;
        }
        Map.Entry<Instant, Boolean> latest = journeys.floorEntry(at.minus(WEEK));
        if (latest == null) {
            return 0;
        }
        long weeksSince = Duration.between(latest.getKey().plus(WEEK), at).toDays() / 7;
        double momentum = Math.max(0, MOMENTUM_WEEKS - weeksSince);
        return latest.getValue() ? momentum : -momentum;
    }
}
