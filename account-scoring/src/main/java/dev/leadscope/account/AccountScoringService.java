package dev.leadscope.account;

import dev.leadscope.account.probability.AccountModelSource;
import dev.leadscope.account.probability.AccountProbabilityModel;
import dev.leadscope.account.probability.AccountSnapshot;
import dev.leadscope.domain.account.Account;
import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.account.AccountScore;
import dev.leadscope.domain.common.Page;
import dev.leadscope.domain.common.PageRequest;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.event.OrderedEvents;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.outcome.Outcome;
import dev.leadscope.domain.port.in.AccountNotFoundException;
import dev.leadscope.domain.port.in.ScoreAccountUseCase;
import dev.leadscope.domain.port.out.Accounts;
import dev.leadscope.domain.port.out.ActivityEvents;
import dev.leadscope.domain.port.out.LeadFilter;
import dev.leadscope.domain.port.out.LeadScores;
import dev.leadscope.domain.port.out.Leads;
import dev.leadscope.domain.port.out.Outcomes;
import dev.leadscope.domain.scoring.ConversionProbability;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Scores accounts from the stores: the account's leads, their events of the lookback window, their latest scores
 * and outcomes, through {@link AccountScorer} and the account model that the {@link AccountModelSource} chooses for
 * the workspace (e.g. the active stored one, which training may replace).
 */
public final class AccountScoringService implements ScoreAccountUseCase {
    private static final int MAX_MEMBERS = 2_000;
    private static final int MAX_EVENTS_PER_MEMBER = 5_000;
    private final Leads leads;
    private final Accounts accounts;
    private final ActivityEvents events;
    private final LeadScores scores;
    private final Outcomes outcomes;
    private final Clock clock;
    private final AccountScoringSettings settings;
    private final AccountScorer scorer;
    private final AccountModelSource models;

    /** Scores with whatever model {@code model} gives at the time, for every workspace; scores name no stored version. */
    public AccountScoringService(Leads leads, Accounts accounts, ActivityEvents events, LeadScores scores, Outcomes outcomes,
                                 Clock clock, AccountScoringSettings settings, Supplier<AccountProbabilityModel> model) {
        this(leads, accounts, events, scores, outcomes, clock, settings, fixed(model));
    }

    /** Scores with the model {@code models} chooses for the workspace; each score names the stored version it used. */
    public AccountScoringService(Leads leads, Accounts accounts, ActivityEvents events, LeadScores scores, Outcomes outcomes,
                                 Clock clock, AccountScoringSettings settings, AccountModelSource models) {
        this.leads = Objects.requireNonNull(leads, "leads");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.events = Objects.requireNonNull(events, "events");
        this.scores = Objects.requireNonNull(scores, "scores");
        this.outcomes = Objects.requireNonNull(outcomes, "outcomes");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.scorer = new AccountScorer(settings);
        this.models = Objects.requireNonNull(models, "models");
    }

    private static AccountModelSource fixed(Supplier<AccountProbabilityModel> model) {
        Objects.requireNonNull(model, "model");
        return workspace -> new AccountModelSource.Choice(model.get(), null);
    }

    @Override
    public AccountScore score(WorkspaceId workspace, AccountId id) {
        if (accounts.findById(workspace, id).isEmpty()) {
            throw new AccountNotFoundException(id);
        }
        Instant now = clock.instant();
        Instant from = now.minus(Duration.ofDays(settings.committee().lookbackDays()));
        List<Lead> members = members(workspace, id);
        Map<LeadId, List<ActivityEvent>> byLead = new HashMap<>();
        Map<LeadId, ConversionProbability> latest = scores.latestProbabilities(workspace, members.stream().map(Lead::id).toList());
        Map<LeadId, Double> probabilities = new HashMap<>();
        boolean won = false;
        for (Lead m : members) {
            byLead.put(m.id(), events.forLead(workspace, m.id(), from, now, MAX_EVENTS_PER_MEMBER));
            putProbability(probabilities, latest, m.id());
            for (Outcome o : outcomes.forLead(workspace, m.id())) {
                won |= o.wonBy(now);
            }
        }
        AccountSnapshot snapshot = scorer.snapshot(id, members, byLead, probabilities, won, now);
        return scorer.score(workspace, snapshot, models.choose(workspace));
    }

    /**
     * Scores each account as {@link #score} does, reading the accounts, their members' events, outcomes and latest
     * scores in bulk (one read each for all of them; the members are still listed per account).
     *
     * @throws AccountNotFoundException when one of the accounts does not exist
     */
    @Override
    public List<AccountScore> scoreAll(WorkspaceId workspace, Collection<AccountId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<AccountId, Account> found = accounts.findAll(workspace, ids);
        Instant now = clock.instant();
        Instant from = now.minus(Duration.ofDays(settings.committee().lookbackDays()));
        Map<AccountId, List<Lead>> members = new LinkedHashMap<>();
        List<LeadId> memberIds = new ArrayList<>();
        for (AccountId id : ids) {
            if (!found.containsKey(id)) {
                throw new AccountNotFoundException(id);
            }
            List<Lead> list = members(workspace, id);
            members.put(id, list);
            list.forEach(m -> memberIds.add(m.id()));
        }
        Map<LeadId, List<ActivityEvent>> allEvents = events.forLeads(workspace, memberIds);
        Map<LeadId, List<Outcome>> allOutcomes = outcomes.forLeads(workspace, memberIds);
        Map<LeadId, ConversionProbability> latest = scores.latestProbabilities(workspace, memberIds);
        AccountModelSource.Choice model = models.choose(workspace);
        List<AccountScore> out = new ArrayList<>(ids.size());
        for (AccountId id : ids) {
            Map<LeadId, List<ActivityEvent>> byLead = new HashMap<>();
            Map<LeadId, Double> probabilities = new HashMap<>();
            boolean won = false;
            for (Lead m : members.get(id)) {
                byLead.put(m.id(), OrderedEvents.window(allEvents.getOrDefault(m.id(), List.of()), from, now, MAX_EVENTS_PER_MEMBER));
                putProbability(probabilities, latest, m.id());
                for (Outcome o : allOutcomes.getOrDefault(m.id(), List.of())) {
                    won |= o.wonBy(now);
                }
            }
            out.add(scorer.score(workspace, scorer.snapshot(id, members.get(id), byLead, probabilities, won, now), model));
        }
        return out;
    }

    private static void putProbability(Map<LeadId, Double> probabilities, Map<LeadId, ConversionProbability> latest, LeadId member) {
        ConversionProbability p = latest.get(member);
        if (p != null) {
            probabilities.put(member, p.value());
        }
    }

    private List<Lead> members(WorkspaceId workspace, AccountId account) {
        List<Lead> out = new ArrayList<>();
        int offset = 0;
        while (offset < MAX_MEMBERS) {
            Page<Lead> page = leads.list(workspace, new LeadFilter(account, null, null), new PageRequest(offset, PageRequest.MAX_LIMIT));
            out.addAll(page.items());
            if (!page.hasMore()) {
                break;
            }
            offset += page.items().size();
        }
        return out;
    }
}
