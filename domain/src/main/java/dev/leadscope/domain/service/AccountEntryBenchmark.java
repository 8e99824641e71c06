package dev.leadscope.domain.service;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.outcome.Outcome;
import dev.leadscope.domain.port.in.BlindScoringUseCase;
import dev.leadscope.domain.port.out.ActivityEvents;
import dev.leadscope.domain.port.out.ModelUnavailableException;
import dev.leadscope.domain.port.out.Outcomes;
import dev.leadscope.domain.report.Basis;
import dev.leadscope.domain.report.BenchmarkReport;
import dev.leadscope.domain.report.GroupBenchmark;
import dev.leadscope.domain.report.Grouping;
import dev.leadscope.domain.report.ReportWindow;
import dev.leadscope.domain.report.WinsBySpan;
import dev.leadscope.domain.report.WorkedLead;
import dev.leadscope.domain.scoring.LeadScore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link Basis#ACCOUNT} benchmark: each account counts once, for the group owning most of its leads, with the
 * blind probability of its first lead a second after that lead's creation, before any rep could have worked it; it
 * converted when any of its leads was won between then and now, and is expected to with the probability of a win
 * within that same span ({@link WinsBySpan}).
 */
final class AccountEntryBenchmark {
    private static final int CHUNK = 1000;

    private final ActivityEvents events;
    private final Outcomes outcomes;
    private final BlindScoringUseCase blind;

    AccountEntryBenchmark(ActivityEvents events, Outcomes outcomes, BlindScoringUseCase blind) {
        this.events = events;
        this.outcomes = outcomes;
        this.blind = blind;
    }

    BenchmarkReport benchmark(WorkspaceId ws, Grouping by, ReportWindow window, List<Lead> all, Instant now) {
        List<List<Lead>> accounts = accounts(all, by);
        List<WinsBySpan.AccountEntry> entries = new ArrayList<>();
        int unscored = 0;
        int open = 0;
        int from = 0;
        while (from < accounts.size()) {
            int to = from;
            List<LeadId> ids = new ArrayList<>();
            while (to < accounts.size() && (ids.isEmpty() || ids.size() + accounts.get(to).size() <= CHUNK)) {
                accounts.get(to++).forEach(l -> ids.add(l.id()));
            }
            Map<LeadId, List<ActivityEvent>> touches = events.forLeads(ws, ids);
            Map<LeadId, List<Outcome>> ends = outcomes.forLeads(ws, ids);
            for (List<Lead> account : accounts.subList(from, to)) {
                Lead first = account.get(0);
                if (!window.contains(workedAt(account, touches))) {
                    continue;
                }
                Instant entry = first.createdAt().plusSeconds(1);
                Optional<LeadScore> score = entryScore(ws, first, entry, by);
                if (score.isEmpty()) {
                    unscored++;
                    continue;
                }
                if (!entry.isBefore(now)) {
                    open++;
                    continue;
                }
                Instant won = firstWin(account, ends, now);
                entries.add(new WinsBySpan.AccountEntry(first.id(), owningGroup(account, by), score.get().probability().value(),
                        Duration.between(entry, now), won == null ? null : Duration.between(entry, won.isBefore(entry) ? entry : won)));
            }
            from = to;
        }
        List<WorkedLead> worked = WinsBySpan.expect(entries);
        return new BenchmarkReport(by, Basis.ACCOUNT, window, GroupBenchmark.rank(worked), worked.size(), unscored, open);
    }

    /** The earliest win of any of the account's leads up to {@code now}, or null. */
    private static Instant firstWin(List<Lead> account, Map<LeadId, List<Outcome>> ends, Instant now) {
        Instant first = null;
        for (Lead lead : account) {
            for (Outcome o : ends.getOrDefault(lead.id(), List.of())) {
                if (o.kind().converted() && !o.occurredAt().isAfter(now) && (first == null || o.occurredAt().isBefore(first))) {
                    first = o.occurredAt();
                }
            }
        }
        return first;
    }

    /**
     * The leads of each account, oldest first (a lead without an account is an account of its own); for reps only
     * accounts with an owned lead, and only their owned leads.
     */
    static List<List<Lead>> accounts(List<Lead> all, Grouping by) {
        Map<Object, List<Lead>> byAccount = new LinkedHashMap<>();
        for (Lead lead : all) {
            if (by == Grouping.REP && lead.owner() == null) {
                continue;
            }
            Object key = lead.accountId() == null ? lead.id() : lead.accountId();
            byAccount.computeIfAbsent(key, k -> new ArrayList<>()).add(lead);
        }
        Comparator<Lead> oldestFirst = Comparator.comparing(Lead::createdAt).thenComparing(l -> l.id().value());
        List<List<Lead>> out = new ArrayList<>(byAccount.size());
        for (List<Lead> account : byAccount.values()) {
            account.sort(oldestFirst);
            out.add(account);
        }
        return out;
    }

    /** The group of most of the account's leads; a tie goes to the group whose first lead came earliest. */
    static String owningGroup(List<Lead> oldestFirst, Grouping by) {
        Map<String, Integer> counts = new HashMap<>();
        String best = null;
        for (Lead lead : oldestFirst) {
            counts.merge(by.of(lead), 1, Integer::sum);
        }
        for (Lead lead : oldestFirst) {
            String group = by.of(lead);
            if (best == null || counts.get(group) > counts.get(best)) {
                best = group;
            }
        }
        return best;
    }

    /** The first sales touch on any of the account's leads, else its first lead's creation. */
    private static Instant workedAt(List<Lead> account, Map<LeadId, List<ActivityEvent>> touches) {
        Instant first = null;
        for (Lead lead : account) {
            List<ActivityEvent> own = touches.getOrDefault(lead.id(), List.of());
            boolean touched = own.stream().anyMatch(e -> BenchmarkService.SALES_TOUCHES.contains(e.type()));
            Instant at = BenchmarkService.workedAt(lead, own);
            if (touched && (first == null || at.isBefore(first))) {
                first = at;
            }
        }
        return first == null ? account.get(0).createdAt() : first;
    }

    private Optional<LeadScore> entryScore(WorkspaceId ws, Lead first, Instant entry, Grouping by) {
        try {
            return Optional.of(blind.scoreAsOfBlindTo(ws, first.id(), entry, by));
        } catch (ModelUnavailableException e) {
            return Optional.empty();
        }
    }
}
