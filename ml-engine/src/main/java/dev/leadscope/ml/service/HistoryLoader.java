package dev.leadscope.ml.service;

import dev.leadscope.domain.account.Account;
import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.common.Page;
import dev.leadscope.domain.common.PageRequest;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.event.OrderedEvents;
import dev.leadscope.domain.port.out.ActivityEvents;
import dev.leadscope.domain.event.IntentSignal;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.note.Note;
import dev.leadscope.domain.outcome.Outcome;
import dev.leadscope.domain.port.out.LeadFilter;
import dev.leadscope.domain.rescoring.ChunkRead;
import dev.leadscope.ml.snapshot.LeadHistory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Reads lead histories from the stores: one lead with its committee for serving, or a whole workspace for training;
 * and builds those of a bulk rescoring's chunk from what the chunk read.
 */
final class HistoryLoader {
    private static final Instant FROM = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("3000-01-01T00:00:00Z");
    private static final int MAX_EVENTS = HistoryParts.MAX_EVENTS;
    static final int CHUNK = 1000;

    private final StoredData data;
    private final HistoryParts parts;

    HistoryLoader(StoredData data) {
        this(data, HistoryParts.UNCACHED);
    }

    HistoryLoader(StoredData data, HistoryParts parts) {
        this.data = data;
        this.parts = parts;
    }

    /** The lead's history with its account, intent and the other members of its account. */
    LeadHistory one(Lead lead) {
        return one(lead, new HashMap<>());
    }

    /** The histories of a few leads (a rescoring batch), each account's intent read once for all of them. */
    List<LeadHistory> some(Collection<Lead> leads) {
        Map<AccountId, List<IntentSignal>> intent = new HashMap<>();
        List<LeadHistory> out = new ArrayList<>(leads.size());
        for (Lead lead : leads) {
            out.add(one(lead, intent));
        }
        return out;
    }

    private LeadHistory one(Lead lead, Map<AccountId, List<IntentSignal>> intent) {
        WorkspaceId ws = lead.workspace();
        Account account = lead.account().flatMap(id -> data.accounts().findById(ws, id)).orElse(null);
        List<Lead> members = account == null ? List.of() : allLeads(ws, new LeadFilter(account.id(), null, null));
        return build(lead, account, members, intent);
    }

    /**
     * Every lead's history, read in bulk: events, notes and outcomes {@value #CHUNK} leads per query, intent
     * {@value #CHUNK} accounts per query, the chunks read on every core (each its own read transaction) and put
     * together in the leads' order. {@code progress} hears the number of leads read so far.
     */
    List<LeadHistory> all(WorkspaceId ws, IntConsumer progress) {
        List<Lead> leads = data.leads().all(ws);
        Map<AccountId, List<Lead>> byAccount = new HashMap<>();
        for (Lead l : leads) {
            l.account().ifPresent(a -> byAccount.computeIfAbsent(a, k -> new ArrayList<>()).add(l));
        }
        Map<AccountId, Account> accounts = data.accounts().findAll(ws, byAccount.keySet());
        Map<LeadId, LeadHistory.Colleague> own = new HashMap<>();
        // one list per account, shared by its leads' histories (and their features' shared parts)
        Map<AccountId, List<IntentSignal>> intent = new HashMap<>();
        ExecutorService readers = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
            Thread t = new Thread(r, "leadscope-history-reader");
            t.setDaemon(true);
            return t;
        });
        try {
            List<AccountId> accountIds = new ArrayList<>(accounts.keySet());
            List<Future<Map<AccountId, List<IntentSignal>>>> intentParts = new ArrayList<>();
            for (int from = 0; from < accountIds.size(); from += CHUNK) {
                List<AccountId> chunk = accountIds.subList(from, Math.min(accountIds.size(), from + CHUNK));
                intentParts.add(readers.submit(() -> data.intent().forAccounts(ws, chunk)));
            }
            List<Future<List<LeadHistory.Colleague>>> leadParts = new ArrayList<>();
            for (int from = 0; from < leads.size(); from += CHUNK) {
                List<Lead> chunk = leads.subList(from, Math.min(leads.size(), from + CHUNK));
                leadParts.add(readers.submit(() -> parts(ws, chunk)));
            }
            int read = 0;
            for (Future<List<LeadHistory.Colleague>> part : leadParts) {
                for (LeadHistory.Colleague c : done(part)) {
                    own.put(c.lead().id(), c);
                }
                read += CHUNK;
                progress.accept(Math.min(read, leads.size()));
            }
            for (Future<Map<AccountId, List<IntentSignal>>> part : intentParts) {
                done(part).forEach((id, signals) -> intent.put(id, LeadHistory.inOrder(signals)));
            }
        } finally {
            readers.shutdownNow();
        }
        List<LeadHistory> out = new ArrayList<>(leads.size());
        for (Lead l : leads) {
            Account account = l.account().map(accounts::get).orElse(null);
            List<LeadHistory.Colleague> colleagues = new ArrayList<>();
            if (account != null) {
                for (Lead m : byAccount.get(account.id())) {
                    if (!m.id().equals(l.id())) {
                        colleagues.add(own.get(m.id()));
                    }
                }
            }
            LeadHistory.Colleague self = own.get(l.id());
            out.add(new LeadHistory(l, account, self.events(), self.notes(),
                    account == null ? List.of() : intent.getOrDefault(account.id(), List.of()), self.outcomes(), colleagues));
        }
        return out;
    }

    /**
     * The histories of a bulk rescoring chunk's leads, in its order, from what the chunk read once: each account's
     * intent list and each lead's own records are one object shared by every history that holds them, as in {@link #all}.
     */
    static List<LeadHistory> of(ChunkRead read) {
        Map<LeadId, LeadHistory.Colleague> own = new HashMap<>();
        for (Lead l : read.leads()) {
            own.put(l.id(), new LeadHistory.Colleague(l, read.eventsOf(l.id()), read.outcomesOf(l.id()), read.notesOf(l.id())));
        }
        Map<AccountId, List<IntentSignal>> intent = new HashMap<>();
        read.intent().forEach((id, signals) -> intent.put(id, LeadHistory.inOrder(signals)));
        List<LeadHistory> out = new ArrayList<>(read.leads().size());
        for (Lead l : read.leads()) {
            Account account = l.account().map(read.accounts()::get).orElse(null);
            List<LeadHistory.Colleague> colleagues = new ArrayList<>();
            if (account != null) {
                for (Lead m : read.members().get(account.id())) {
                    if (!m.id().equals(l.id())) {
                        colleagues.add(own.get(m.id()));
                    }
                }
            }
            LeadHistory.Colleague self = own.get(l.id());
            out.add(new LeadHistory(l, account, self.events(), self.notes(),
                    account == null ? List.of() : intent.getOrDefault(account.id(), List.of()), self.outcomes(), colleagues));
        }
        return out;
    }

    /** The events, outcomes and notes of a chunk of leads, in the chunk's order. */
    private List<LeadHistory.Colleague> parts(WorkspaceId ws, List<Lead> chunk) {
        List<LeadId> ids = chunk.stream().map(Lead::id).toList();
        Map<LeadId, List<ActivityEvent>> events = data.events().behaviourOf(ws, ids);
        Map<LeadId, List<Note>> notes = data.notes().forLeads(ws, ids);
        Map<LeadId, List<Outcome>> outcomes = data.outcomes().forLeads(ws, ids);
        List<LeadHistory.Colleague> out = new ArrayList<>(chunk.size());
        for (Lead l : chunk) {
            out.add(new LeadHistory.Colleague(l, events.getOrDefault(l.id(), List.of()),
                    outcomes.getOrDefault(l.id(), List.of()), notes.getOrDefault(l.id(), List.of())));
        }
        return out;
    }

    private static <T> T done(Future<T> part) {
        try {
            return part.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the stored history", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("reading the stored history failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private LeadHistory build(Lead lead, Account account, List<Lead> members, Map<AccountId, List<IntentSignal>> cache) {
        WorkspaceId ws = lead.workspace();
        List<LeadHistory.Colleague> colleagues = new ArrayList<>();
        for (Lead m : members) {
            if (!m.id().equals(lead.id())) {
                HistoryParts.Parts p = parts(m);
                colleagues.add(new LeadHistory.Colleague(m, p.events(), p.outcomes(), p.notes()));
            }
        }
        HistoryParts.Parts own = parts(lead);
        return new LeadHistory(lead, account, own.events(), own.notes(),
                account == null ? List.of() : cache.computeIfAbsent(account.id(), a -> LeadHistory.inOrder(intent(ws, a))),
                own.outcomes(), colleagues);
    }

    private HistoryParts.Parts parts(Lead l) {
        WorkspaceId ws = l.workspace();
        return parts.of(l, () -> new HistoryParts.Parts(events(l), data.outcomes().forLead(ws, l.id()),
                data.notes().forLead(ws, l.id(), FROM, TO, MAX_EVENTS)));
    }

    /** The lead's events as scores read them (the stores may leave their properties out: {@link ActivityEvents#behaviourOf}). */
    private List<ActivityEvent> events(Lead l) {
        List<ActivityEvent> all = data.events().behaviourOf(l.workspace(), List.of(l.id())).getOrDefault(l.id(), List.of());
        return OrderedEvents.window(OrderedEvents.of(all), FROM, TO, MAX_EVENTS);
    }

    private List<IntentSignal> intent(WorkspaceId ws, AccountId account) {
        return data.intent().forAccount(ws, account, LocalDate.of(1900, 1, 1), LocalDate.of(3000, 1, 1));
    }

    private List<Lead> allLeads(WorkspaceId ws, LeadFilter filter) {
        List<Lead> leads = new ArrayList<>();
        int offset = 0;
        while (true) {
            Page<Lead> page = data.leads().list(ws, filter, new PageRequest(offset, PageRequest.MAX_LIMIT));
            leads.addAll(page.items());
            if (!page.hasMore() || page.items().isEmpty()) {
                return leads;
            }
            offset += page.items().size();
        }
    }
}
