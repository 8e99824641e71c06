package dev.leadscope.ml.sequence.evaluation;

import dev.leadscope.domain.port.in.EvaluateSequencesUseCase.Unit;
import dev.leadscope.ml.sequence.SequenceEvent;
import dev.leadscope.ml.simulation.OracleAuc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * A simulator run ({@code leadscope simulate --out DIR}) as a sequence evaluation at the account or the lead
 * level: an example is an account (or a lead) on a Monday while the account is still open, its events are those
 * of all the account's leads before that Monday (a lead's peers' marked as such), its label is the ground truth "buys within 90 days" ({@code truth/lead_probabilities.csv}, rows
 * without a known label left out). Mondays before the split train, the others test; a seeded sample of at most
 * {@code perAccount} Mondays per account and part keeps the size in check. Profile: industry, size, funding,
 * competitor use, CRM in use and sales-operations hiring from {@code accounts.csv}.
 */
public final class SimulatorDataset {
    private static final List<String> INDUSTRIES = List.of("software", "financial services", "healthcare", "manufacturing",
            "retail", "education", "telecommunications", "media", "logistics", "professional services");
    private static final List<String> FUNDING = List.of("seed", "seriesa", "seriesb", "seriesc", "public", "bootstrapped", "pe");

    /** The reference of the ground truth's probabilities: the best any model can do on the same test examples. */
    public static final String ORACLE = "oracle: the simulator's true probabilities";
    /**
     * The reference of the ground truth's probabilities for an observer who knows the hidden state but not the order
     * of each pricing journey's two pages: the oracle less this is what the order is worth to the oracle.
     */
    public static final String ORACLE_WITHOUT_ORDER = "oracle without the order of the pricing journeys";
    /**
     * The reference column of the true order of the account's latest pricing journey, as the momentum it left at the
     * scoring Monday: 3, 2 or 1 in the first three weeks after a case study came first, the same negated after pricing
     * came first, 0 otherwise (the simulator's {@code truth/journeys.csv}; no model sees it).
     */
    public static final String JOURNEY_ORDER = "the true order of the latest pricing journey";

    /** Prefix of the type of an event by another lead of the same account, in {@link Unit#LEAD} examples. */
    public static final String PEER = "peer:";

    private SimulatorDataset() {
    }

    public static List<String> profileColumns() {
        List<String> names = new ArrayList<>();
        INDUSTRIES.forEach(i -> names.add("industry:" + i));
        FUNDING.forEach(f -> names.add("funding:" + f));
        names.addAll(List.of("log_employees", "uses_competitor", "uses_crm", "hiring_sales_ops"));
        return names;
    }

    /** Reads the run in {@code dir} with one example per account and Monday (the earlier evaluation). */
    public static SequenceDataset load(Path dir, Instant split, int perAccount, long seed) {
        return load(dir, split, perAccount, Unit.ACCOUNT, seed);
    }

    /**
     * Reads the run in {@code dir}. With {@link Unit#LEAD} an example is a lead on a Monday while its account is
     * open: its own events as they are, the other leads' events of its account with the type prefixed by
     * {@value #PEER} (so both the network and the aggregates tell the lead's own steps from its committee's),
     * at most {@code perUnit} Mondays per lead and part. Folds and bootstrap resamples stay by account.
     *
     * @throws IllegalArgumentException naming the file, line and column of a bad value, or the missing file
     */
    public static SequenceDataset load(Path dir, Instant split, int perUnit, Unit unit, long seed) {
        for (String f : List.of("accounts.csv", "leads.csv", "events.csv", "truth/lead_probabilities.csv")) {
            if (!Files.isRegularFile(dir.resolve(f))) {
                throw new IllegalArgumentException("a simulator run needs " + dir.resolve(f) + " (leadscope simulate --out " + dir + ")");
            }
        }
        Map<String, float[]> profiles = new HashMap<>();
        CsvTable.read(dir.resolve("accounts.csv"), row -> profiles.put(row.get("account_id"), profile(row)));
        Map<String, String> accountOf = new HashMap<>();
        CsvTable.read(dir.resolve("leads.csv"), row -> accountOf.put(row.get("lead_id"), row.get("account_id")));
        Map<String, List<LeadEvent>> events = new HashMap<>();
        Set<String> seen = new HashSet<>();
        CsvTable.read(dir.resolve("events.csv"), row -> {
            if (!seen.add(row.get("event_id"))) {
                return;
            }
            String account = accountOf.get(row.get("lead_id"));
            if (account == null) {
                throw row.error("lead_id", "no such lead in leads.csv");
            }
            events.computeIfAbsent(account, a -> new ArrayList<>())
                    .add(new LeadEvent(row.get("lead_id"), new SequenceEvent(row.get("type"), row.get("category"), instant(row, "occurred_at"))));
        });
        events.values().forEach(l -> l.sort(Comparator.comparing(e -> e.event().at())));
        Map<String, TreeMap<Instant, Integer>> labels = new TreeMap<>();
        // the true probabilities {with, without the order of pricing journeys (NaN in files written before that column)}
        Map<String, Map<Instant, double[]>> truth = new HashMap<>();
        CsvTable.read(dir.resolve("truth/lead_probabilities.csv"), row -> {
            String label = row.get("converted_within_90d");
            if (label.isEmpty()) {
                return;
            }
            String lead = row.get("lead_id");
            String account = accountOf.get(lead);
            if (account == null) {
                throw row.error("lead_id", "no such lead in leads.csv");
            }
            String key = unit == Unit.LEAD ? lead : account;
            Instant at = instant(row, "scored_at");
            labels.computeIfAbsent(key, a -> new TreeMap<>()).put(at, "1".equals(label) ? 1 : 0);
            truth.computeIfAbsent(key, a -> new HashMap<>()).put(at, new double[] {probability(row, OracleAuc.TRUE_PROBABILITY),
                    row.header().containsKey(OracleAuc.WITHOUT_ORDER) ? probability(row, OracleAuc.WITHOUT_ORDER) : Double.NaN});
        });
        SimulatorJourneys journeys = SimulatorJourneys.read(dir.resolve("truth/journeys.csv"));
        Random random = new Random(seed);
        List<LabelledSequence> train = new ArrayList<>();
        List<LabelledSequence> test = new ArrayList<>();
        List<double[]> testTruth = new ArrayList<>();
        List<Double> trainOrder = new ArrayList<>();
        List<Double> testOrder = new ArrayList<>();
        labels.forEach((id, mondays) -> {
            String account = unit == Unit.LEAD ? accountOf.get(id) : id;
            List<SequenceEvent> history = view(events.getOrDefault(account, List.of()), unit == Unit.LEAD ? id : null);
            float[] profile = profiles.getOrDefault(account, missingProfile());
            for (boolean isTest : new boolean[] {false, true}) {
                List<Instant> candidates = new ArrayList<>(isTest ? mondays.tailMap(split, true).keySet() : mondays.headMap(split, false).keySet());
                Collections.shuffle(candidates, random);
                for (Instant at : candidates.subList(0, Math.min(perUnit, candidates.size()))) {
                    (isTest ? test : train).add(new LabelledSequence(account, 0, at, before(history, at), profile, mondays.get(at)));
                    if (isTest) {
                        testTruth.add(truth.get(id).get(at));
                    }
                    (isTest ? testOrder : trainOrder).add(journeys.momentum(account, at));
                }
            }
        });
        String what = unit == Unit.LEAD ? "leads on Mondays, peers' events marked" : "accounts on Mondays";
        Map<String, double[]> references = new LinkedHashMap<>();
        references.put(ORACLE, testTruth.stream().mapToDouble(t -> t[0]).toArray());
        if (testTruth.stream().noneMatch(t -> Double.isNaN(t[1]))) {
            references.put(ORACLE_WITHOUT_ORDER, testTruth.stream().mapToDouble(t -> t[1]).toArray());
        }
        List<SequenceDataset.ReferenceColumn> columns = journeys.isEmpty() ? List.of()
                : List.of(new SequenceDataset.ReferenceColumn(JOURNEY_ORDER,
                        trainOrder.stream().mapToDouble(Double::doubleValue).toArray(),
                        testOrder.stream().mapToDouble(Double::doubleValue).toArray()));
        return new SequenceDataset("simulator run " + dir.getFileName() + " (" + what + "; train before " + split + ", test from it on)",
                profileColumns(), train, test, List.of(Duration.ofDays(7), Duration.ofDays(30)), "all", references, columns);
    }

    /** The account's events as {@code lead} sees them: other leads' types prefixed; every event as it is when {@code lead} is null. */
    static List<SequenceEvent> view(List<LeadEvent> account, String lead) {
        List<SequenceEvent> out = new ArrayList<>(account.size());
        for (LeadEvent e : account) {
            SequenceEvent x = e.event();
            out.add(lead == null || lead.equals(e.lead()) ? x : new SequenceEvent(PEER + x.type(), x.category(), x.at()));
        }
        return out;
    }

    /** One event of an account's stream and the lead it belongs to. */
    record LeadEvent(String lead, SequenceEvent event) {
    }

    private static List<SequenceEvent> before(List<SequenceEvent> history, Instant at) {
        int lo = 0;
        int hi = history.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (history.get(mid).at().isBefore(at)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return history.subList(0, lo);
    }

    private static float[] missingProfile() {
        float[] p = new float[profileColumns().size()];
        java.util.Arrays.fill(p, Float.NaN);
        return p;
    }

    private static float[] profile(CsvTable.Row row) {
        float[] p = new float[profileColumns().size()];
        String industry = row.get("industry").strip().toLowerCase(Locale.ROOT);
        int i = INDUSTRIES.indexOf(industry);
        if (i >= 0) {
            p[i] = 1f;
        }
        String funding = row.get("funding_stage").toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        int f = FUNDING.indexOf(funding.equals("ipo") ? "public" : funding.equals("selffunded") ? "bootstrapped" : funding);
        if (f >= 0) {
            p[INDUSTRIES.size() + f] = 1f;
        }
        int o = INDUSTRIES.size() + FUNDING.size();
        String employees = row.get("employees");
        try {
            p[o] = employees.isBlank() ? Float.NaN : (float) Math.log1p(Double.parseDouble(employees));
        } catch (NumberFormatException e) {
            throw row.error("employees", "not a number");
        }
        p[o + 1] = row.get("competitor_products").isBlank() ? 0f : 1f;
        String tech = row.get("technologies").toLowerCase(Locale.ROOT);
        p[o + 2] = tech.contains("salesforce") || tech.contains("hubspot") ? 1f : 0f;
        String hiring = row.get("hiring_for").toLowerCase(Locale.ROOT);
        p[o + 3] = hiring.contains("operations") || hiring.contains("sales") || hiring.contains("marketing") ? 1f : 0f;
        return p;
    }

    private static double probability(CsvTable.Row row, String column) {
        try {
            double p = Double.parseDouble(row.get(column));
            if (p >= 0 && p <= 1) {
                return p;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw row.error(column, "not a probability between 0 and 1");
    }

    private static Instant instant(CsvTable.Row row, String column) {
        try {
            return Instant.parse(row.get(column));
        } catch (DateTimeParseException e) {
            throw row.error(column, "not an ISO-8601 UTC instant");
        }
    }
}
