package dev.leadscope.account.training;

import dev.leadscope.account.AccountScorer;
import dev.leadscope.account.probability.AccountModelTrainer.Example;
import dev.leadscope.account.probability.AccountSnapshot;
import dev.leadscope.domain.account.Account;
import dev.leadscope.domain.common.Page;
import dev.leadscope.domain.common.PageRequest;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.outcome.Outcome;
import dev.leadscope.domain.port.in.ScoreLeadUseCase;
import dev.leadscope.domain.port.in.TrainAccountModelUseCase.Progress;
import dev.leadscope.domain.port.out.AccountFilter;
import dev.leadscope.domain.port.out.Accounts;
import dev.leadscope.domain.port.out.ActivityEvents;
import dev.leadscope.domain.port.out.LeadFilter;
import dev.leadscope.domain.port.out.LeadScores;
import dev.leadscope.domain.port.out.Leads;
import dev.leadscope.domain.port.out.Outcomes;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds labelled account snapshots from the stores, at point in time. Snapshots fall every {@code cadenceDays}
 * from the Monday before the first member was created; an account is snapshotted at {@code t} while it has a member
 * and no outcome yet, and only when the {@code horizon} after {@code t} lies inside the stored history (so every
 * label is observed). Members' probabilities are those they were scored with before {@code t}
 * ({@link LeadScores#history}); the committee, stage, surge and activity use their events before {@code t}.
 */
public final class StoredAccountHistory {
    /** The most accounts, members per account, events per member and scores per member read. */
    public static final int MAX_ACCOUNTS = 50_000;
    static final int MAX_MEMBERS = 2_000;
    static final int MAX_EVENTS = 5_000;
    static final int MAX_SCORES = 1_000;

    private final Leads leads;
    private final Accounts accounts;
    private final ActivityEvents events;
    private final LeadScores scores;
    private final Outcomes outcomes;
    private final AccountScorer scorer;

    public StoredAccountHistory(Leads leads, Accounts accounts, ActivityEvents events, LeadScores scores, Outcomes outcomes,
                                AccountScorer scorer) {
        this.leads = Objects.requireNonNull(leads, "leads");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.events = Objects.requireNonNull(events, "events");
        this.scores = Objects.requireNonNull(scores, "scores");
        this.outcomes = Objects.requireNonNull(outcomes, "outcomes");
        this.scorer = Objects.requireNonNull(scorer, "scorer");
    }

    /**
     * The labelled snapshots of every account of the workspace, known by {@code now}.
     *
     * @param progress hears the share of accounts read, scaled into {@code [0, share]}
     */
    public List<Example> examples(WorkspaceId workspace, Duration horizon, Duration cadence, Instant now, Progress progress,
                                  double share) {
        return examples(workspace, horizon, cadence, now, null, progress, share);
    }

    /**
     * As {@link #examples(WorkspaceId, Duration, Duration, Instant, Progress, double)}; a member without a stored
     * score from before a snapshot is scored as of that moment by {@code pointInTime} when it is given.
     */
    public List<Example> examples(WorkspaceId workspace, Duration horizon, Duration cadence, Instant now,
                                  ScoreLeadUseCase pointInTime, Progress progress, double share) {
        List<Account> all = accounts(workspace);
        List<AccountTimeline> timelines = new ArrayList<>(all.size());
        Instant end = null;
        Instant first = null;
        for (int i = 0; i < all.size(); i++) {
            AccountTimeline t = read(workspace, all.get(i), now);
            timelines.add(t);
            Instant seen = t.lastSeen();
            end = seen != null && (end == null || seen.isAfter(end)) ? seen : end;
            Instant created = t.firstMemberCreated();
            first = created != null && (first == null || created.isBefore(first)) ? created : first;
            if (i % 50 == 0) {
                progress.step("reading account " + (i + 1) + " of " + all.size(), share * 0.8 * i / Math.max(1, all.size()));
            }
        }
        List<Example> out = new ArrayList<>();
        if (end == null || first == null) {
            return out;
        }
        Instant last = end.minus(horizon);
        Instant start = first.atZone(ZoneOffset.UTC).toLocalDate().with(DayOfWeek.MONDAY).atStartOfDay(ZoneOffset.UTC).toInstant();
        long steps = Math.max(1, Duration.between(start, last).toDays() / Math.max(1, cadence.toDays()) + 1);
        int step = 0;
        for (Instant t = start; !t.isAfter(last); t = t.plus(cadence), step++) {
            for (AccountTimeline a : timelines) {
                if (a.openAt(t)) {
                    List<Lead> members = a.membersAt(t);
                    Map<LeadId, Double> known = a.probabilitiesBefore(t);
                    if (pointInTime != null) {
                        for (Lead m : members) {
                            if (!known.containsKey(m.id())) {
                                known.put(m.id(), pointInTime.scoreAsOf(workspace, m.id(), t).probability().value());
                            }
                        }
                    }
                    AccountSnapshot s = scorer.snapshot(a.account(), members, a.events(), known, false, t);
                    out.add(new Example(s, a.wonWithin(t, t.plus(horizon))));
                }
            }
            progress.step("snapshots of " + t.atZone(ZoneOffset.UTC).toLocalDate(), share * (0.8 + 0.2 * step / steps));
        }
        progress.step("built " + out.size() + " account snapshots", share);
        return out;
    }

    private AccountTimeline read(WorkspaceId workspace, Account account, Instant now) {
        List<Lead> members = new ArrayList<>();
        int offset = 0;
        while (members.size() < MAX_MEMBERS) {
            Page<Lead> page = leads.list(workspace, new LeadFilter(account.id(), null, null), new PageRequest(offset, PageRequest.MAX_LIMIT));
            members.addAll(page.items());
            if (!page.hasMore() || page.items().isEmpty()) {
                break;
            }
            offset += page.items().size();
        }
        Map<LeadId, List<ActivityEvent>> byLead = new HashMap<>();
        Map<LeadId, List<dev.leadscope.domain.scoring.LeadScore>> history = new HashMap<>();
        Instant wonAt = null;
        Instant closedAt = null;
        for (Lead m : members) {
            byLead.put(m.id(), events.forLead(workspace, m.id(), Instant.EPOCH, now, MAX_EVENTS));
            history.put(m.id(), AccountTimeline.oldestFirst(scores.history(workspace, m.id(), MAX_SCORES)));
            for (Outcome o : outcomes.forLead(workspace, m.id())) {
                if (o.occurredAt().isAfter(now)) {
                    continue;
                }
                closedAt = closedAt == null || o.occurredAt().isBefore(closedAt) ? o.occurredAt() : closedAt;
                if (o.kind().converted()) {
                    wonAt = wonAt == null || o.occurredAt().isBefore(wonAt) ? o.occurredAt() : wonAt;
                }
            }
        }
        return new AccountTimeline(account.id(), members, byLead, history, wonAt, closedAt);
    }

    private List<Account> accounts(WorkspaceId workspace) {
        List<Account> out = new ArrayList<>();
        int offset = 0;
        while (out.size() < MAX_ACCOUNTS) {
            Page<Account> page = accounts.list(workspace, new AccountFilter(null, null), new PageRequest(offset, PageRequest.MAX_LIMIT));
            out.addAll(page.items());
            if (!page.hasMore() || page.items().isEmpty()) {
                break;
            }
            offset += page.items().size();
        }
        return out;
    }
}
