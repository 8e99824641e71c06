package dev.leadscope.ml.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadscope.domain.port.in.SimulateHistoryUseCase;
import dev.leadscope.domain.port.in.SimulateHistoryUseCase.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BuyingSimulatorTest {
    private static final List<String> FILES = List.of("accounts.csv", "leads.csv", "events.csv", "notes.csv",
            "outcomes.csv", "intent.csv", "reps.csv", "truth/lead_roles.csv", "truth/lead_probabilities.csv",
            "truth/account_states.csv", "truth/rep_skill.csv", "truth/journeys.csv");

    @Test
    void givenSameSeed_whenSimulatedTwice_thenFilesAreByteIdentical() throws IOException {
        SimulatedRuns.Run a = SimulatedRuns.get("same-a", 120, 99L, true, LocalDate.of(2024, 6, 3));
        SimulatedRuns.Run b = SimulatedRuns.get("same-b", 120, 99L, true, LocalDate.of(2024, 6, 3));
        SimulatedRuns.Run other = SimulatedRuns.get("other-seed", 120, 100L, true, LocalDate.of(2024, 6, 3));
        for (String file : FILES) {
            assertThat(Files.mismatch(a.file(file), b.file(file))).as(file).isEqualTo(-1L);
        }
        assertThat(Files.mismatch(a.file("events.csv"), other.file("events.csv"))).isNotEqualTo(-1L);
    }

    @Test
    void givenJourneysInTheTruth_whenTheirWeeksEventsAreRead_thenALeadViewedBothPagesInTheStatedOrder() {
        SimulatedRuns.Run run = SimulatedRuns.small();
        java.util.Map<String, String> accountOf = new java.util.HashMap<>();
        run.rows("leads.csv").forEach(l -> accountOf.put(l.get("lead_id"), l.get("account_id")));
        // per account and week: each lead's case-study and pricing views in time order
        java.util.Map<String, java.util.Map<String, StringBuilder>> pages = new java.util.HashMap<>();
        for (CsvRows.Row e : run.rows("events.csv")) {
            String category = e.get("category");
            if ("page_view".equals(e.get("type")) && ("case_study".equals(category) || "pricing".equals(category))) {
                java.time.Instant at = java.time.Instant.parse(e.get("occurred_at"));
                LocalDate monday = at.atZone(java.time.ZoneOffset.UTC).toLocalDate().with(java.time.DayOfWeek.MONDAY);
                pages.computeIfAbsent(accountOf.get(e.get("lead_id")) + "@" + monday, k -> new java.util.HashMap<>())
                        .computeIfAbsent(e.get("lead_id"), k -> new StringBuilder()).append(category.charAt(0));
            }
        }
        List<CsvRows.Row> journeys = run.rows("truth/journeys.csv");
        assertThat(journeys).hasSizeGreaterThan(50);
        long caseStudyFirst = journeys.stream().filter(j -> j.get("order").equals("case_study_first")).count();
        assertThat((double) caseStudyFirst / journeys.size()).isBetween(0.35, 0.65);
        long found = journeys.stream().filter(j -> {
            String pattern = j.get("order").equals("case_study_first") ? ".*c.*p.*" : ".*p.*c.*";
            return pages.getOrDefault(j.get("account_id") + "@" + j.get("week_start"), java.util.Map.of()).values().stream()
                    .anyMatch(views -> views.toString().matches(pattern));
        }).count();
        // 2 % of page views lose their category when written (docs/simulator.md), so a few journeys show one page only
        assertThat((double) found / journeys.size()).as("%d of %d journeys found in the events", found, journeys.size())
                .isGreaterThan(0.9);
    }

    @Test
    void givenRun_whenCountingRows_thenSummaryMatchesEveryFile() {
        SimulatedRuns.Run run = SimulatedRuns.small();
        var s = run.summary();
        assertThat(run.rows("accounts.csv")).hasSize(s.accounts());
        assertThat(run.rows("reps.csv")).hasSize(s.reps());
        assertThat(run.rows("truth/rep_skill.csv")).hasSize(s.reps());
        assertThat((long) run.rows("leads.csv").size()).isEqualTo(s.leads());
        assertThat((long) run.rows("truth/lead_roles.csv").size()).isEqualTo(s.leads());
        assertThat((long) run.rows("events.csv").size()).isEqualTo(s.events());
        assertThat((long) run.rows("notes.csv").size()).isEqualTo(s.notes());
        assertThat((long) run.rows("outcomes.csv").size()).isEqualTo(s.outcomes());
        assertThat((long) run.rows("intent.csv").size()).isEqualTo(s.intentSignals());
        assertThat((long) run.rows("truth/lead_probabilities.csv").size()).isEqualTo(s.truthProbabilities());
        assertThat(run.rows("truth/account_states.csv")).hasSize(s.accounts() * 53);
        assertThat(s.files()).allSatisfy(f -> assertThat(f).exists());
        assertThat(s.leads()).isGreaterThan(100);
        assertThat(s.events()).isGreaterThan(5_000);
    }

    @Test
    void givenRun_whenReadingReferences_thenEveryLeadAccountAndOwnerExists() {
        SimulatedRuns.Run run = SimulatedRuns.small();
        Set<String> accounts = ids(run, "accounts.csv", "account_id");
        Set<String> reps = ids(run, "reps.csv", "rep_id");
        Set<String> leads = new HashSet<>();
        for (CsvRows.Row lead : run.rows("leads.csv")) {
            leads.add(lead.get("lead_id"));
            assertThat(accounts).contains(lead.get("account_id"));
            if (lead.get("owner_id") != null) {
                assertThat(reps).contains(lead.get("owner_id"));
            }
        }
        for (String file : List.of("events.csv", "notes.csv", "outcomes.csv", "truth/lead_roles.csv", "truth/lead_probabilities.csv")) {
            assertThat(run.rows(file)).as(file).allSatisfy(r -> assertThat(leads).contains(r.get("lead_id")));
        }
    }

    @Test
    void givenRun_whenReadingEvents_thenSortedAfterLeadCreationAndBeforeOutcome() {
        SimulatedRuns.Run run = SimulatedRuns.small();
        Map<String, Instant> created = new HashMap<>();
        run.rows("leads.csv").forEach(r -> created.put(r.get("lead_id"), Instant.parse(r.get("created_at"))));
        Map<String, Instant> ended = new HashMap<>();
        run.rows("outcomes.csv").forEach(r -> ended.put(r.get("lead_id"), Instant.parse(r.get("occurred_at"))));
        assertThat(ended).isNotEmpty();
        Instant previous = Instant.MIN;
        Instant end = SimulatedRuns.END.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        for (CsvRows.Row e : run.rows("events.csv")) {
            Instant at = Instant.parse(e.get("occurred_at"));
            assertThat(at).isAfterOrEqualTo(previous).isBefore(end);
            assertThat(at).isAfterOrEqualTo(created.get(e.get("lead_id")));
            Instant outcome = ended.get(e.get("lead_id"));
            if (outcome != null) {
                assertThat(at).as(e.get("event_id")).isBefore(outcome);
            }
            previous = at;
        }
    }

    @Test
    void givenRun_whenReadingOutcomes_thenWonDealsCarryOneValueAndLabelsAgree() {
        SimulatedRuns.Run run = SimulatedRuns.small();
        Set<String> won = new HashSet<>();
        for (CsvRows.Row o : run.rows("outcomes.csv")) {
            assertThat(o.get("kind")).isIn("won", "lost");
            if (o.get("kind").equals("won")) {
                won.add(o.get("lead_id"));
            }
        }
        assertThat(won).isNotEmpty();
        for (CsvRows.Row t : run.rows("truth/lead_probabilities.csv")) {
            double p = Double.parseDouble(t.get("p_convert_90d"));
            assertThat(p).isBetween(0.0, 1.0);
            if ("1".equals(t.get("converted_within_90d"))) {
                assertThat(won).contains(t.get("lead_id"));
            }
        }
    }

    @Test
    void givenServiceLoader_whenLookingUpThePort_thenFindsTheSimulator() {
        assertThat(ServiceLoader.load(SimulateHistoryUseCase.class).findFirst()).get().isInstanceOf(BuyingSimulator.class);
    }

    @Test
    void givenBadSettings_whenCreated_thenErrorNamesTheField() {
        Path out = Path.of("target");
        LocalDate start = LocalDate.of(2024, 1, 1);
        assertThatThrownBy(() -> new Settings(0, 1, start, start.plusDays(9), true, null, out)).hasMessageContaining("accounts");
        assertThatThrownBy(() -> new Settings(5, 1, start, start, true, null, out)).hasMessageContaining("end must be after start");
        assertThatThrownBy(() -> new Settings(5, 1, start, start.plusDays(9), true, start.plusDays(30), out)).hasMessageContaining("drift");
        assertThatThrownBy(() -> new Settings(5, 1, start, start.plusYears(9), true, null, out)).hasMessageContaining("end must be at most");
        assertThatThrownBy(() -> new Settings(5, 1, start, start.plusDays(9), true, null, null)).hasMessageContaining("outputDir");
    }

    private static Set<String> ids(SimulatedRuns.Run run, String file, String column) {
        Set<String> ids = new HashSet<>();
        run.rows(file).forEach(r -> ids.add(r.get(column)));
        return ids;
    }
}
