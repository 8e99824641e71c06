package dev.leadscope.qualification;

import dev.leadscope.domain.account.Account;
import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.account.BuyingStage;
import dev.leadscope.domain.bant.Qualification;
import dev.leadscope.domain.common.Page;
import dev.leadscope.domain.common.PageRequest;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.IntentSignal;
import dev.leadscope.domain.lead.CommitteeRole;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.port.in.AccountNotFoundException;
import dev.leadscope.domain.port.in.LeadNotFoundException;
import dev.leadscope.domain.port.in.QualifyLeadUseCase;
import dev.leadscope.domain.port.in.ScoreAccountUseCase;
import dev.leadscope.domain.port.out.Accounts;
import dev.leadscope.domain.port.out.ActivityEvents;
import dev.leadscope.domain.port.out.IntentSignals;
import dev.leadscope.domain.port.out.LeadFilter;
import dev.leadscope.domain.port.out.LeadScores;
import dev.leadscope.domain.port.out.Leads;
import dev.leadscope.domain.port.out.Notes;
import dev.leadscope.domain.scoring.ConversionProbability;
import dev.leadscope.domain.scoring.LeadScore;
import dev.leadscope.qualification.bant.BantRules;
import dev.leadscope.qualification.bant.LeadContext;
import dev.leadscope.qualification.tier.RecentScoreTiers;
import dev.leadscope.qualification.tier.TierPolicy;
import dev.leadscope.qualification.tier.TierSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Qualifies leads from the stores: loads the lead, its account, recent events, intent and notes, the account's
 * engaged economic buyers, the latest score and (when an account scorer is given) the account's stage, then
 * hands them to {@link Qualifier}.
 */
public final class QualificationService implements QualifyLeadUseCase {
    private static final int MAX_EVENTS = 5_000;
    private static final int MAX_NOTES = 200;
    private static final int MAX_MEMBERS = 2_000;
    private static final int BULK_CHUNK = 500;
    private final Leads leads;
    private final Accounts accounts;
    private final ActivityEvents events;
    private final IntentSignals intent;
    private final Notes notes;
    private final LeadScores scores;
    private final ScoreAccountUseCase accountScores;
    private final Clock clock;
    private final BantRules rules;
    private final Qualifier qualifier;
    private final TierSource tiers;

    /**
     * @param accountScores gives the account's stage for routing; null routes without it
     * @param settings      with {@code capacity} set, leads are tiered against the workspace's recent stored scores
     *                      ({@link RecentScoreTiers}), else by the threshold tiers
     */
    public QualificationService(Leads leads, Accounts accounts, ActivityEvents events, IntentSignals intent, Notes notes,
                                LeadScores scores, ScoreAccountUseCase accountScores, Clock clock, QualificationSettings settings) {
        this.leads = Objects.requireNonNull(leads, "leads");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.events = Objects.requireNonNull(events, "events");
        this.intent = Objects.requireNonNull(intent, "intent");
        this.notes = Objects.requireNonNull(notes, "notes");
        this.scores = Objects.requireNonNull(scores, "scores");
        this.accountScores = accountScores;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.rules = settings.bant();
        this.qualifier = new Qualifier(settings);
        this.tiers = settings.capacity() == null ? TierSource.fixed(settings.tiers())
                : new RecentScoreTiers(scores, settings.capacity(), settings.tiers(), clock);
    }

    @Override
    public Qualification qualify(WorkspaceId workspace, LeadId lead) {
        return qualifyAndAssign(workspace, lead, List.of());
    }

    @Override
    public Qualification qualifyAndAssign(WorkspaceId workspace, LeadId id, List<RepLoad> roster) {
        Lead lead = leads.findById(workspace, id).orElseThrow(() -> new LeadNotFoundException(id));
        Instant now = clock.instant();
        Account account = lead.account().flatMap(a -> accounts.findById(workspace, a)).orElse(null);
        List<IntentSignal> signals = account == null ? List.of() : intent.forAccount(workspace, account.id(),
                now.atZone(ZoneOffset.UTC).toLocalDate().minusWeeks(rules.intentWeeks() + 1L),
                now.atZone(ZoneOffset.UTC).toLocalDate().plusDays(1));
        LeadContext ctx = new LeadContext(lead, account,
                events.forLead(workspace, id, now.minus(Duration.ofDays(rules.eventDays())), now, MAX_EVENTS),
                signals,
                notes.forLead(workspace, id, now.minus(Duration.ofDays(rules.noteDays())), now, MAX_NOTES),
                account == null ? List.of() : engagedEconomicBuyers(workspace, account.id(), now),
                now);
        ConversionProbability p = scores.latest(workspace, id).map(LeadScore::probability).orElse(null);
        return qualifier.qualify(ctx, p, stage(workspace, account), roster == null ? List.of() : roster, tiers.tiers(workspace));
    }

    /** Reads the stores in bulk, {@value #BULK_CHUNK} leads at a time, and qualifies with the scores given. */
    @Override
    public Map<LeadId, Qualification> qualifyAll(WorkspaceId workspace, List<LeadScore> scored) {
        Instant now = clock.instant();
        TierPolicy policy = tiers.tiers(workspace);
        BulkLeadContexts contexts = new BulkLeadContexts(accounts, events, intent, notes, rules, MAX_EVENTS, MAX_NOTES, this::members);
        Map<LeadId, Qualification> out = new LinkedHashMap<>();
        for (int from = 0; from < scored.size(); from += BULK_CHUNK) {
            List<LeadScore> chunk = scored.subList(from, Math.min(scored.size(), from + BULK_CHUNK));
            Map<LeadId, Lead> found = leads.findAll(workspace, chunk.stream().map(LeadScore::leadId).toList());
            Map<LeadId, LeadContext> ctx = contexts.of(workspace, found.values(), now);
            for (LeadScore s : chunk) {
                LeadContext c = ctx.get(s.leadId());
                if (c != null) {
                    out.put(s.leadId(), qualifier.qualify(c, s.probability(), stage(workspace, c.account()), List.of(), policy));
                }
            }
        }
        return out;
    }

    private BuyingStage stage(WorkspaceId workspace, Account account) {
        if (account == null || accountScores == null) {
            return null;
        }
        try {
            return accountScores.score(workspace, account.id()).stage();
        } catch (AccountNotFoundException e) {
            return null;
        }
    }

    private List<Lead> engagedEconomicBuyers(WorkspaceId workspace, AccountId account, Instant now) {
        List<Lead> out = new ArrayList<>();
        Instant since = now.minus(Duration.ofDays(rules.economicBuyerDays()));
        for (Lead member : members(workspace, account)) {
            if (member.committeeRole() == CommitteeRole.ECONOMIC_BUYER
                    && !events.forLead(workspace, member.id(), since, now, 1).isEmpty()) {
                out.add(member);
            }
        }
        return out;
    }

    /** The account's leads, the first {@value #MAX_MEMBERS} pages' worth at most. */
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
