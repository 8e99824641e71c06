package dev.leadscope.domain.service;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.event.EventType;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.outcome.Outcome;
import dev.leadscope.domain.port.in.BenchmarkUseCase;
import dev.leadscope.domain.port.in.BlindScoringUseCase;
import dev.leadscope.domain.port.in.ScoreLeadUseCase;
import dev.leadscope.domain.port.out.ActivityEvents;
import dev.leadscope.domain.port.out.LeadScores;
import dev.leadscope.domain.port.out.Leads;
import dev.leadscope.domain.port.out.ModelUnavailableException;
import dev.leadscope.domain.port.out.Outcomes;
import dev.leadscope.domain.report.Basis;
import dev.leadscope.domain.report.BenchmarkReport;
import dev.leadscope.domain.report.GroupBenchmark;
import dev.leadscope.domain.report.Grouping;
import dev.leadscope.domain.report.ReportWindow;
import dev.leadscope.domain.report.WorkedLead;
import dev.leadscope.domain.scoring.LeadScore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Benchmarks from the stores: the probability of a worked lead comes from its {@link Basis} (the latest stored score
 * before it was worked or the active model's score as of then; or the active model's score as of then blind to the
 * grouped field; or, per account, its first lead's blind score at its creation: {@link AccountEntryBenchmark}, which
 * counts wins up to now and expects them over the same span). On the lead bases a lead counts once its score's horizon
 * has passed (or it converted earlier): converted means won within the horizon after it was worked; a lead whose
 * journey had ended (won or lost) before it was worked is left out. Thread-safe.
 */
public final class BenchmarkService implements BenchmarkUseCase {
    /** The events that mean a rep worked the lead. */
    public static final Set<EventType> SALES_TOUCHES = Set.of(EventType.CALL, EventType.MEETING_BOOKED, EventType.CHAT);
    private static final int CHUNK = 1000;
    private static final int SCORE_HISTORY = 1000;

    private final Leads leads;
    private final ActivityEvents events;
    private final Outcomes outcomes;
    private final LeadScores scores;
    private final ScoreLeadUseCase scoring;
    private final BlindScoringUseCase blind;
    private final Clock clock;

    public BenchmarkService(Leads leads, ActivityEvents events, Outcomes outcomes, LeadScores scores, ScoreLeadUseCase scoring,
                            BlindScoringUseCase blind, Clock clock) {
        this.blind = blind;
        this.leads = leads;
        this.events = events;
        this.outcomes = outcomes;
        this.scores = scores;
        this.scoring = scoring;
        this.clock = clock;
    }

    @Override
    public BenchmarkReport benchmark(WorkspaceId ws, Grouping by, ReportWindow window, Basis basis) {
        Instant now = clock.instant();
        List<Lead> all = leads.all(ws);
        if (basis == Basis.ACCOUNT) {
            return new AccountEntryBenchmark(events, outcomes, blind).benchmark(ws, by, window, all, now);
        }
        List<WorkedLead> worked = new ArrayList<>();
        int unscored = 0;
        int open = 0;
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<Lead> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            List<LeadId> ids = chunk.stream().map(Lead::id).toList();
            Map<LeadId, List<ActivityEvent>> touches = events.forLeads(ws, ids);
            Map<LeadId, List<Outcome>> ends = outcomes.forLeads(ws, ids);
            for (Lead lead : chunk) {
                if (by == Grouping.REP && lead.owner() == null) {
                    continue;
                }
                Instant at = workedAt(lead, touches.getOrDefault(lead.id(), List.of()));
                if (!window.contains(at)) {
                    continue;
                }
                List<Outcome> leadEnds = ends.getOrDefault(lead.id(), List.of());
                if (leadEnds.stream().anyMatch(o -> o.endedBefore(at))) {
                    // won or lost before a rep first touched it (a call after a self-serve purchase): never worked open
                    continue;
                }
                Optional<LeadScore> score = basis == Basis.BLIND ? blindAt(ws, lead, at, by) : scoreAt(ws, lead, at);
                if (score.isEmpty()) {
                    unscored++;
                    continue;
                }
                Instant horizonEnd = at.plus(Duration.ofDays(score.get().horizonDays()));
                boolean converted = leadEnds.stream()
                        .anyMatch(o -> o.wonBy(horizonEnd));
                if (!converted && horizonEnd.isAfter(now)) {
                    open++;
                    continue;
                }
                worked.add(new WorkedLead(lead.id(), by.of(lead), score.get().probability().value(), converted));
            }
        }
        return new BenchmarkReport(by, basis, window, GroupBenchmark.rank(worked), worked.size(), unscored, open);
    }

    /** The first sales touch, or the lead's creation when no rep has touched it. */
    static Instant workedAt(Lead lead, List<ActivityEvent> events) {
        Instant first = null;
        for (ActivityEvent e : events) {
            if (SALES_TOUCHES.contains(e.type()) && (first == null || e.occurredAt().isBefore(first))) {
                first = e.occurredAt();
            }
        }
        return first == null ? lead.createdAt() : first;
    }

    private Optional<LeadScore> scoreAt(WorkspaceId ws, Lead lead, Instant at) {
        for (LeadScore s : scores.history(ws, lead.id(), SCORE_HISTORY)) {
            if (!s.scoredAt().isAfter(at)) {
                return Optional.of(s);
            }
        }
        try {
            return Optional.of(scoring.scoreAsOf(ws, lead.id(), asOf(lead, at)));
        } catch (ModelUnavailableException e) {
            return Optional.empty();
        }
    }

    private Optional<LeadScore> blindAt(WorkspaceId ws, Lead lead, Instant at, Grouping by) {
        try {
            return Optional.of(blind.scoreAsOfBlindTo(ws, lead.id(), asOf(lead, at), by));
        } catch (ModelUnavailableException e) {
            return Optional.empty();
        }
    }

    /** A model scores a lead only after it exists: an untouched lead is scored a second after its creation. */
    private static Instant asOf(Lead lead, Instant at) {
        return at.isAfter(lead.createdAt()) ? at : lead.createdAt().plusSeconds(1);
    }
}
