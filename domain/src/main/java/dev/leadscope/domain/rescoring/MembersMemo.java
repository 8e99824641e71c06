package dev.leadscope.domain.rescoring;

import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.common.Page;
import dev.leadscope.domain.common.PageRequest;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.port.out.LeadFilter;
import dev.leadscope.domain.port.out.Leads;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Leads that, inside {@link #during}, list each account's members once on the calling thread and answer again from
 * that page: a rescoring batch lists an account's members for each of its leads' histories, again to qualify them
 * and again to score the account. The batch's leads read by id ({@link #findAll}: for the histories, then for the
 * states) are read once too. Outside it, and for every other read, it asks the store. Saving a lead forgets what the
 * thread remembered of its workspace. Thread-safe (what is remembered belongs to one thread).
 */
public final class MembersMemo implements Leads {
    private record Key(WorkspaceId workspace, AccountId account, int offset, int limit) {
    }

    private record LeadKey(WorkspaceId workspace, LeadId lead) {
    }

    private final Leads stored;
    private final ThreadBatch<Key, Page<Lead>> batch = new ThreadBatch<>();
    private final ThreadBatch<LeadKey, Lead> found = new ThreadBatch<>();

    public MembersMemo(Leads stored) {
        this.stored = stored;
    }

    /** Runs {@code work} with each account's members listed at most once on this thread (unless a lead is saved meanwhile). */
    public <T> T during(Supplier<T> work) {
        return batch.during(() -> found.during(work));
    }

    /**
     * Inside {@link #during}: remembers the leads of a bulk rescoring's chunk by id and each of its accounts' members as
     * the first page of the account's list (an account with a full page or more is left to the store). Outside it, does
     * nothing.
     */
    public void prime(ChunkRead read) {
        Map<Key, Page<Lead>> pages = batch.current();
        Map<LeadKey, Lead> leads = found.current();
        if (pages == null || leads == null) {
            return;
        }
        WorkspaceId workspace = read.workspace();
        read.leads().forEach(l -> leads.put(new LeadKey(workspace, l.id()), l));
        read.members().forEach((account, members) -> {
            if (members.size() < PageRequest.MAX_LIMIT) {
                pages.put(new Key(workspace, account, 0, PageRequest.MAX_LIMIT), new Page<>(members, 0, PageRequest.MAX_LIMIT, members.size()));
            }
        });
    }

    @Override
    public void save(Lead lead) {
        forget(lead.workspace());
        stored.save(lead);
    }

    @Override
    public void saveAll(List<Lead> leads) {
        leads.stream().map(Lead::workspace).distinct().forEach(this::forget);
        stored.saveAll(leads);
    }

    @Override
    public Optional<Lead> findById(WorkspaceId workspace, LeadId id) {
        return stored.findById(workspace, id);
    }

    @Override
    public Map<LeadId, Lead> findAll(WorkspaceId workspace, Collection<LeadId> ids) {
        Map<LeadKey, Lead> known = found.current();
        if (known == null) {
            return stored.findAll(workspace, ids);
        }
        Map<LeadId, Lead> out = new HashMap<>();
        List<LeadId> missing = new ArrayList<>();
        for (LeadId id : ids) {
            Lead lead = known.get(new LeadKey(workspace, id));
            if (lead != null) {
                out.put(id, lead);
            } else {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            stored.findAll(workspace, missing).forEach((id, lead) -> {
                known.put(new LeadKey(workspace, id), lead);
                out.put(id, lead);
            });
        }
        return out;
    }

    @Override
    public Set<LeadId> existing(WorkspaceId workspace, Collection<LeadId> ids) {
        return stored.existing(workspace, ids);
    }

    @Override
    public Page<Lead> list(WorkspaceId workspace, LeadFilter filter, PageRequest page) {
        Map<Key, Page<Lead>> known = batch.current();
        if (known == null || filter.accountId() == null || filter.owner() != null || filter.createdAfter() != null) {
            return stored.list(workspace, filter, page);
        }
        return known.computeIfAbsent(new Key(workspace, filter.accountId(), page.offset(), page.limit()),
                k -> stored.list(workspace, filter, page));
    }

    @Override
    public List<Lead> all(WorkspaceId workspace) {
        // the store's own read (one ordered query on the database), never the page-by-page default
        return stored.all(workspace);
    }

    @Override
    public long count(WorkspaceId workspace) {
        return stored.count(workspace);
    }

    private void forget(WorkspaceId workspace) {
        Map<Key, Page<Lead>> known = batch.current();
        if (known != null) {
            known.keySet().removeIf(k -> k.workspace().equals(workspace));
        }
        Map<LeadKey, Lead> leads = found.current();
        if (leads != null) {
            leads.keySet().removeIf(k -> k.workspace().equals(workspace));
        }
    }

    @Override
    public List<AccountId> accountIdsAfter(WorkspaceId workspace, AccountId after, int limit) {
        return stored.accountIdsAfter(workspace, after, limit);
    }

    @Override
    public Map<AccountId, List<Lead>> inAccounts(WorkspaceId workspace, Collection<AccountId> accounts) {
        return stored.inAccounts(workspace, accounts);
    }

    @Override
    public List<Lead> withoutAccountAfter(WorkspaceId workspace, LeadId after, int limit) {
        return stored.withoutAccountAfter(workspace, after, limit);
    }
}
