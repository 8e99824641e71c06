package dev.leadscope.ml.service;

import dev.leadscope.domain.account.Account;
import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.account.Firmographics;
import dev.leadscope.domain.account.FundingStage;
import dev.leadscope.domain.account.Technographics;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.event.EventId;
import dev.leadscope.domain.event.EventType;
import dev.leadscope.domain.event.IntentSignal;
import dev.leadscope.domain.fixtures.InMemoryAccounts;
import dev.leadscope.domain.fixtures.InMemoryActivityEvents;
import dev.leadscope.domain.fixtures.InMemoryIntentSignals;
import dev.leadscope.domain.fixtures.InMemoryLeadScores;
import dev.leadscope.domain.fixtures.InMemoryLeads;
import dev.leadscope.domain.fixtures.InMemoryModelRegistry;
import dev.leadscope.domain.fixtures.InMemoryNotes;
import dev.leadscope.domain.fixtures.InMemoryOutcomes;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.lead.LeadSource;
import dev.leadscope.domain.lead.RepId;
import dev.leadscope.domain.lead.TitlePolicy;
import dev.leadscope.domain.note.Note;
import dev.leadscope.domain.note.NoteId;
import dev.leadscope.domain.outcome.Outcome;
import dev.leadscope.domain.outcome.OutcomeId;
import dev.leadscope.domain.outcome.OutcomeKind;
import dev.leadscope.domain.port.in.SimulateHistoryUseCase;
import dev.leadscope.ml.simulation.BuyingSimulator;
import dev.leadscope.ml.simulation.CsvRows;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A simulated sales history loaded into the in-memory stores the way the importer stores it, with the path of
 * the simulator's ground truth. Each size is simulated once per test JVM.
 */
final class SimulatedWorkspace {
    static final WorkspaceId WS = new WorkspaceId("simulated");
    private static final Map<String, SimulatedWorkspace> RUNS = new HashMap<>();

    final StoredData data;
    final Path truth;

    private SimulatedWorkspace(StoredData data, Path truth) {
        this.data = data;
        this.truth = truth;
    }

    static synchronized SimulatedWorkspace of(int accounts, long seed) {
        return of(accounts, seed, LocalDate.of(2024, 1, 1));
    }

    /** A history from {@code start} to the end of 2024. */
    static synchronized SimulatedWorkspace of(int accounts, long seed, LocalDate start) {
        String name = accounts + "-" + seed + (start.equals(LocalDate.of(2024, 1, 1)) ? "" : "-" + start);
        return RUNS.computeIfAbsent(name, k -> {
            try {
                Path dir = Files.createDirectories(Path.of("target", "simulated-service", k));
                new BuyingSimulator().simulate(new SimulateHistoryUseCase.Settings(accounts, seed, start,
                        LocalDate.of(2024, 12, 31), true, null, dir), SimulateHistoryUseCase.Progress.NONE);
                return load(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The same simulated history as {@link #of(int, long)} in stores of its own, for a test that stores scores or models. */
    static SimulatedWorkspace fresh(int accounts, long seed) {
        of(accounts, seed);
        return load(Path.of("target", "simulated-service", accounts + "-" + seed));
    }

    static SimulatedWorkspace load(Path dir) {
        StoredData data = new StoredData(new InMemoryLeads(), new InMemoryAccounts(), new InMemoryActivityEvents(),
                new InMemoryNotes(), new InMemoryOutcomes(), new InMemoryIntentSignals(), new InMemoryLeadScores(),
                new InMemoryModelRegistry());
        CsvRows.forEach(dir.resolve("accounts.csv"), r -> data.accounts().save(new Account(WS, new AccountId(v(r, "account_id")),
                v(r, "name"), v(r, "domain"), new Firmographics(v(r, "industry"), integer(v(r, "employees")),
                number(v(r, "annual_revenue")), number(v(r, "growth_rate")), number(v(r, "hiring_velocity")),
                tags(v(r, "hiring_for")), FundingStage.parse(v(r, "funding_stage")), number(v(r, "total_raised")),
                v(r, "country"), v(r, "region"), integer(v(r, "founded_year")), integer(v(r, "fiscal_year_end_month"))),
                new Technographics(tags(v(r, "technologies")), tags(v(r, "competitor_products"))),
                v(r, "contract_renewal_date") == null ? null : LocalDate.parse(v(r, "contract_renewal_date")), null,
                Instant.parse(v(r, "created_at")))));
        TitlePolicy titles = new TitlePolicy();
        List<Lead> leads = new ArrayList<>();
        CsvRows.forEach(dir.resolve("leads.csv"), r -> leads.add(new Lead(WS, new LeadId(v(r, "lead_id")),
                v(r, "account_id") == null ? null : new AccountId(v(r, "account_id")), v(r, "first_name"), v(r, "last_name"),
                null, v(r, "title"), titles.classify(v(r, "title")), new LeadSource(v(r, "source_channel"), v(r, "source_campaign")),
                v(r, "owner_id") == null ? null : new RepId(v(r, "owner_id")), Instant.parse(v(r, "created_at")), null, null)));
        data.leads().saveAll(leads);
        List<ActivityEvent> events = new ArrayList<>();
        CsvRows.forEach(dir.resolve("events.csv"), r -> events.add(new ActivityEvent(WS, new EventId(v(r, "event_id")),
                new LeadId(v(r, "lead_id")), new EventType(v(r, "type")), v(r, "category"), Instant.parse(v(r, "occurred_at")), null)));
        data.events().appendAbsent(events);
        CsvRows.forEach(dir.resolve("notes.csv"), r -> data.notes().save(new Note(WS, new NoteId(v(r, "note_id")),
                new LeadId(v(r, "lead_id")), v(r, "channel"), v(r, "author"), v(r, "text"), Instant.parse(v(r, "written_at")))));
        CsvRows.forEach(dir.resolve("outcomes.csv"), r -> data.outcomes().save(new Outcome(WS, new OutcomeId(v(r, "outcome_id")),
                new LeadId(v(r, "lead_id")), OutcomeKind.parse(v(r, "kind")), number(v(r, "value")), v(r, "currency"),
                Instant.parse(v(r, "occurred_at")), v(r, "reason"))));
        CsvRows.forEach(dir.resolve("intent.csv"), r -> data.intent().record(new IntentSignal(WS, new AccountId(v(r, "account_id")),
                v(r, "topic"), LocalDate.parse(v(r, "week_start")), Integer.parseInt(v(r, "score")), null)));
        return new SimulatedWorkspace(data, dir.resolve("truth").resolve("lead_probabilities.csv"));
    }

    private static String v(CsvRows.Row r, String column) {
        String s = r.get(column);
        return s == null || s.isBlank() ? null : s;
    }

    private static Double number(String s) {
        return s == null ? null : Double.valueOf(s);
    }

    private static Integer integer(String s) {
        return s == null ? null : Integer.valueOf(s);
    }

    private static Set<String> tags(String s) {
        return s == null ? Set.of() : new LinkedHashSet<>(Arrays.asList(s.split(";")));
    }
}
