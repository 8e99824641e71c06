package dev.leadscope.account.simulation;

import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.event.EventId;
import dev.leadscope.domain.event.EventType;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.lead.TitlePolicy;
import dev.leadscope.domain.port.in.SimulateHistoryUseCase;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * A simulated sales history read back into domain objects, with its ground truth: leads (roles read from their
 * titles by {@link TitlePolicy}), events by lead, won and closing times by account, true roles, weekly hidden states
 * and true probabilities.
 */
final class SimulatedHistory {
    static final WorkspaceId WORKSPACE = new WorkspaceId("sim");
    final Map<AccountId, List<Lead>> leadsByAccount = new HashMap<>();
    final Map<LeadId, Lead> leads = new HashMap<>();
    final Map<LeadId, List<ActivityEvent>> events = new HashMap<>();
    final Map<AccountId, Instant> wonAt = new HashMap<>();
    final Map<AccountId, Instant> closedAt = new HashMap<>();
    final Map<LeadId, String> trueRoles = new HashMap<>();
    final Map<String, String> trueStates = new HashMap<>();
    final Map<String, Double> trueProbabilities = new HashMap<>();
    final SimulateHistoryUseCase.Summary summary;

    private SimulatedHistory(SimulateHistoryUseCase.Summary summary) {
        this.summary = summary;
    }

    /** Simulates {@code accounts} accounts over 2024 with {@code seed} into {@code dir} and reads everything back. */
    static SimulatedHistory generate(int accounts, long seed, Path dir) {
        SimulateHistoryUseCase simulator = ServiceLoader.load(SimulateHistoryUseCase.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("no simulator on the classpath"));
        SimulateHistoryUseCase.Summary summary = simulator.simulate(new SimulateHistoryUseCase.Settings(accounts, seed,
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), true, null, dir), SimulateHistoryUseCase.Progress.NONE);
        SimulatedHistory h = new SimulatedHistory(summary);
        h.read(dir);
        return h;
    }

    private void read(Path dir) {
        TitlePolicy titles = new TitlePolicy();
        Csv.read(dir.resolve("leads.csv"), r -> {
            AccountId account = r.get("account_id") == null ? null : new AccountId(r.get("account_id"));
            Lead lead = new Lead(WORKSPACE, new LeadId(r.get("lead_id")), account, null, null, null, r.get("title"),
                    titles.classify(r.get("title")), null, null, Instant.parse(r.get("created_at")), null, null);
            leads.put(lead.id(), lead);
            if (account != null) {
                leadsByAccount.computeIfAbsent(account, a -> new ArrayList<>()).add(lead);
            }
        });
        Map<String, EventType> types = new HashMap<>();
        Csv.read(dir.resolve("events.csv"), r -> {
            LeadId lead = new LeadId(r.get("lead_id"));
            EventType type = types.computeIfAbsent(r.get("type"), EventType::new);
            events.computeIfAbsent(lead, l -> new ArrayList<>()).add(new ActivityEvent(WORKSPACE, new EventId(r.get("event_id")),
                    lead, type, r.get("category"), Instant.parse(r.get("occurred_at")), null));
        });
        Csv.read(dir.resolve("outcomes.csv"), r -> {
            AccountId account = leads.get(new LeadId(r.get("lead_id"))).accountId();
            Instant at = Instant.parse(r.get("occurred_at"));
            closedAt.merge(account, at, (a, b) -> a.isBefore(b) ? a : b);
            if ("won".equals(r.get("kind"))) {
                wonAt.merge(account, at, (a, b) -> a.isBefore(b) ? a : b);
            }
        });
        Csv.read(dir.resolve("truth/lead_roles.csv"), r -> trueRoles.put(new LeadId(r.get("lead_id")), r.get("true_role")));
        Csv.read(dir.resolve("truth/account_states.csv"), r -> trueStates.put(r.get("account_id") + "@" + r.get("week_start"), r.get("state")));
        Csv.read(dir.resolve("truth/lead_probabilities.csv"), r -> {
            String account = leads.get(new LeadId(r.get("lead_id"))).accountId().value();
            trueProbabilities.put(account + "@" + r.get("scored_at"), Double.parseDouble(r.get("p_convert_90d")));
        });
    }
}
