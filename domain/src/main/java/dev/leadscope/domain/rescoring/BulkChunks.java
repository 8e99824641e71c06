package dev.leadscope.domain.rescoring;

import dev.leadscope.domain.account.Account;
import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.IntentSignal;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.port.out.Accounts;
import dev.leadscope.domain.port.out.ActivityEvents;
import dev.leadscope.domain.port.out.IntentSignals;
import dev.leadscope.domain.port.out.Leads;
import dev.leadscope.domain.port.out.Notes;
import dev.leadscope.domain.port.out.Outcomes;
import dev.leadscope.domain.port.out.PendingRescoring;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads every lead of a workspace for a bulk rescoring one chunk at a time, so that memory holds a chunk, never the
 * workspace: whole accounts in the store's order of account ids (a chunk is closed once it holds {@code size} leads, so
 * an account larger than that makes a chunk of its own), then the leads without an account, {@code size} at a time.
 * For each chunk it reads the leads' pending markers first, then the leads again with everything their rescoring reads
 * ({@link ChunkRead}), so that a marker it hands out was set before the history it goes with was read, as the real-time
 * worker does. A lead erased since it was listed, or moved to another account, is left out of the chunk with its marker
 * (a change marks the lead, so a real-time rescoring follows). One pass per instance: {@link #list} one call at a time,
 * {@link #read} on any thread.
 */
public final class BulkChunks {
    /** Account ids listed per query. */
    static final int ACCOUNT_PAGE = 200;

    /** One chunk: the markers read before its history, to clear once it is rescored, and the history. */
    public record Chunk(List<PendingLead> marks, ChunkRead read) {
        public Chunk {
            marks = List.copyOf(marks);
            Objects.requireNonNull(read, "read");
        }
    }

    /** The stores a chunk is read from. */
    public record Stores(Leads leads, Accounts accounts, ActivityEvents events, Notes notes, Outcomes outcomes,
                         IntentSignals intent, PendingRescoring pending) {
        public Stores {
            Objects.requireNonNull(leads, "leads");
            Objects.requireNonNull(accounts, "accounts");
            Objects.requireNonNull(events, "events");
            Objects.requireNonNull(notes, "notes");
            Objects.requireNonNull(outcomes, "outcomes");
            Objects.requireNonNull(intent, "intent");
            Objects.requireNonNull(pending, "pending");
        }
    }

    private final Stores stores;
    private final WorkspaceId workspace;
    private final int size;
    private final Deque<List<Lead>> listed = new ArrayDeque<>();
    private AccountId lastAccount;
    private boolean accountsDone;
    private LeadId lastAlone;
    private boolean done;

    public BulkChunks(Stores stores, WorkspaceId workspace, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("chunk size must be >= 1: " + size);
        }
        this.stores = Objects.requireNonNull(stores, "stores");
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.size = size;
    }

    /** The leads of one chunk as listed, each account's together, to be read by {@link #read}. */
    public record Listed(List<List<Lead>> groups) {
        public Listed {
            groups = List.copyOf(groups);
        }
    }

    /** The next chunk, or null when every lead was handed out: {@link #list} then {@link #read}. */
    public Chunk next() {
        Listed listed = list();
        return listed == null ? null : read(listed);
    }

    /** The leads of the next chunk as listed (a page of account ids and their leads), or null when none are left. */
    public Listed list() {
        List<List<Lead>> groups = nextGroups();
        return groups.isEmpty() ? null : new Listed(groups);
    }

    /**
     * Reads a listed chunk: its markers, then its leads again with everything their rescoring reads. Touches nothing of
     * this walk's own state, so chunks listed one after another may be read on several threads at once.
     */
    public Chunk read(Listed listed) {
        List<List<Lead>> groups = listed.groups();
        List<LeadId> ids = new ArrayList<>();
        groups.forEach(g -> g.forEach(l -> ids.add(l.id())));
        List<PendingLead> marks = stores.pending().find(workspace, ids);
        Map<LeadId, Lead> now = stores.leads().findAll(workspace, ids);
        List<Lead> leads = new ArrayList<>(ids.size());
        Map<AccountId, List<Lead>> members = new LinkedHashMap<>();
        for (List<Lead> group : groups) {
            for (Lead was : group) {
                Lead lead = now.get(was.id());
                if (lead == null || !Objects.equals(lead.accountId(), was.accountId())) {
                    continue;
                }
                leads.add(lead);
                if (lead.accountId() != null) {
                    members.computeIfAbsent(lead.accountId(), k -> new ArrayList<>()).add(lead);
                }
            }
        }
        Set<LeadId> kept = leads.stream().map(Lead::id).collect(Collectors.toSet());
        List<LeadId> keptIds = leads.stream().map(Lead::id).toList();
        Map<AccountId, Account> accounts = stores.accounts().findAll(workspace, members.keySet());
        Map<AccountId, List<IntentSignal>> intent = stores.intent().forAccounts(workspace, accounts.keySet());
        ChunkRead read = new ChunkRead(workspace, leads, members, accounts, stores.events().behaviourOf(workspace, keptIds),
                stores.notes().forLeads(workspace, keptIds), stores.outcomes().forLeads(workspace, keptIds), intent);
        return new Chunk(marks.stream().filter(m -> kept.contains(m.lead())).toList(), read);
    }

    /** The listed leads of the next chunk, each account's together. */
    private List<List<Lead>> nextGroups() {
        List<List<Lead>> out = new ArrayList<>();
        int n = 0;
        while (n < size && !done) {
            if (listed.isEmpty() && !listMore()) {
                break;
            }
            List<Lead> group = listed.poll();
            out.add(group);
            n += group.size();
        }
        return out;
    }

    /** Lists the next page of accounts' leads, or of leads without an account; false when none are left. */
    private boolean listMore() {
        while (!accountsDone) {
            List<AccountId> page = stores.leads().accountIdsAfter(workspace, lastAccount, ACCOUNT_PAGE);
            if (page.isEmpty()) {
                accountsDone = true;
                break;
            }
            lastAccount = page.get(page.size() - 1);
            stores.leads().inAccounts(workspace, page).values().forEach(listed::add);
            if (!listed.isEmpty()) {
                return true;
            }
        }
        List<Lead> alone = stores.leads().withoutAccountAfter(workspace, lastAlone, size);
        if (alone.isEmpty()) {
            done = true;
            return false;
        }
        lastAlone = alone.get(alone.size() - 1).id();
        // leads without an account share nothing: each is a group of its own
        alone.forEach(l -> listed.add(List.of(l)));
        return true;
    }
}
