package dev.leadscope.qualification;

import dev.leadscope.domain.account.Account;
import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.event.OrderedEvents;
import dev.leadscope.domain.event.IntentSignal;
import dev.leadscope.domain.lead.CommitteeRole;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.note.Note;
import dev.leadscope.domain.port.out.Accounts;
import dev.leadscope.domain.port.out.ActivityEvents;
import dev.leadscope.domain.port.out.IntentSignals;
import dev.leadscope.domain.port.out.Notes;
import dev.leadscope.qualification.bant.BantRules;
import dev.leadscope.qualification.bant.LeadContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Builds the {@link LeadContext} of many leads at one moment from bulk reads (leads, accounts, intent, events and
 * notes of a whole chunk at once), with the same windows and limits as {@link QualificationService} reads one lead
 * with, so that each context equals the one read for the lead alone.
 */
final class BulkLeadContexts {
    private final Accounts accounts;
    private final ActivityEvents events;
    private final IntentSignals intent;
    private final Notes notes;
    private final BantRules rules;
    private final int maxEvents;
    private final int maxNotes;
    private final BiFunction<WorkspaceId, AccountId, List<Lead>> members;

    BulkLeadContexts(Accounts accounts, ActivityEvents events, IntentSignals intent, Notes notes, BantRules rules,
                     int maxEvents, int maxNotes, BiFunction<WorkspaceId, AccountId, List<Lead>> members) {
        this.accounts = accounts;
        this.events = events;
        this.intent = intent;
        this.notes = notes;
        this.rules = rules;
        this.maxEvents = maxEvents;
        this.maxNotes = maxNotes;
        this.members = members;
    }

    /** The contexts of the leads at {@code now}, by lead id, in the order of {@code leads}. */
    Map<LeadId, LeadContext> of(WorkspaceId workspace, Collection<Lead> leads, Instant now) {
        Set<AccountId> accountIds = new LinkedHashSet<>();
        List<LeadId> ids = new ArrayList<>(leads.size());
        for (Lead l : leads) {
            ids.add(l.id());
            l.account().ifPresent(accountIds::add);
        }
        Map<AccountId, Account> found = accounts.findAll(workspace, accountIds);
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate intentFrom = today.minusWeeks(rules.intentWeeks() + 1L);
        LocalDate intentTo = today.plusDays(1);
        Map<AccountId, List<IntentSignal>> signals = intent.forAccounts(workspace, found.keySet());
        Map<LeadId, List<ActivityEvent>> leadEvents = events.forLeads(workspace, ids);
        Map<LeadId, List<Note>> leadNotes = notes.forLeads(workspace, ids);
        Map<AccountId, List<Lead>> buyers = engagedEconomicBuyers(workspace, found.keySet(), now);
        Instant eventsFrom = now.minus(Duration.ofDays(rules.eventDays()));
        Instant notesFrom = now.minus(Duration.ofDays(rules.noteDays()));
        Map<LeadId, LeadContext> out = new LinkedHashMap<>();
        for (Lead l : leads) {
            Account account = l.account().map(found::get).orElse(null);
            List<IntentSignal> accountSignals = new ArrayList<>();
            if (account != null) {
                for (IntentSignal s : signals.getOrDefault(account.id(), List.of())) {
                    if (!s.weekStart().isBefore(intentFrom) && s.weekStart().isBefore(intentTo)) {
                        accountSignals.add(s);
                    }
                }
            }
            out.put(l.id(), new LeadContext(l, account,
                    OrderedEvents.window(leadEvents.getOrDefault(l.id(), List.of()), eventsFrom, now, maxEvents),
                    accountSignals,
                    Note.written(leadNotes.getOrDefault(l.id(), List.of()), notesFrom, now, maxNotes),
                    account == null ? List.of() : buyers.getOrDefault(account.id(), List.of()),
                    now));
        }
        return out;
    }

    private Map<AccountId, List<Lead>> engagedEconomicBuyers(WorkspaceId workspace, Collection<AccountId> accountIds, Instant now) {
        Map<AccountId, List<Lead>> candidates = new HashMap<>();
        List<LeadId> candidateIds = new ArrayList<>();
        for (AccountId account : accountIds) {
            for (Lead member : members.apply(workspace, account)) {
                if (member.committeeRole() == CommitteeRole.ECONOMIC_BUYER) {
                    candidates.computeIfAbsent(account, k -> new ArrayList<>()).add(member);
                    candidateIds.add(member.id());
                }
            }
        }
        if (candidateIds.isEmpty()) {
            return Map.of();
        }
        Instant since = now.minus(Duration.ofDays(rules.economicBuyerDays()));
        Map<LeadId, List<ActivityEvent>> byBuyer = events.forLeads(workspace, candidateIds);
        Map<AccountId, List<Lead>> out = new HashMap<>();
        candidates.forEach((account, list) -> {
            List<Lead> engaged = new ArrayList<>();
            for (Lead buyer : list) {
                if (!OrderedEvents.window(byBuyer.getOrDefault(buyer.id(), List.of()), since, now, 1).isEmpty()) {
                    engaged.add(buyer);
                }
            }
            out.put(account, engaged);
        });
        return out;
    }
}
