package dev.leadscope.rest.wiring;

import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.common.Page;
import dev.leadscope.domain.common.PageRequest;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.port.out.LeadFilter;
import dev.leadscope.domain.port.out.Leads;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Leads that drop their workspace's member pages in {@link MemberLists} once a lead saved through them is stored, and,
 * when {@code listing} (the rescoring batches' face), answer account member pages (the account filter alone) from
 * there. Every other read goes to the store, so the API's lists never come from memory.
 */
final class HotMembers implements Leads {
    private final Leads stored;
    private final MemberLists lists;
    private final boolean listing;

    HotMembers(Leads stored, MemberLists lists, boolean listing) {
        this.stored = stored;
        this.lists = lists;
        this.listing = listing;
    }

    @Override
    public void save(Lead lead) {
        stored.save(lead);
        lists.saved(lead.workspace());
    }

    @Override
    public void saveAll(List<Lead> leads) {
        stored.saveAll(leads);
        leads.stream().map(Lead::workspace).distinct().forEach(lists::saved);
    }

    @Override
    public Optional<Lead> findById(WorkspaceId workspace, LeadId id) {
        return stored.findById(workspace, id);
    }

    @Override
    public Map<LeadId, Lead> findAll(WorkspaceId workspace, Collection<LeadId> ids) {
        return stored.findAll(workspace, ids);
    }

    @Override
    public Set<LeadId> existing(WorkspaceId workspace, Collection<LeadId> ids) {
        return stored.existing(workspace, ids);
    }

    @Override
    public Page<Lead> list(WorkspaceId workspace, LeadFilter filter, PageRequest page) {
        if (!listing || filter.accountId() == null || filter.owner() != null || filter.createdAfter() != null) {
            return stored.list(workspace, filter, page);
        }
        return lists.page(workspace, filter.accountId(), page, () -> stored.list(workspace, filter, page));
    }

    @Override
    public List<Lead> all(WorkspaceId workspace) {
        return stored.all(workspace);
    }

    @Override
    public long count(WorkspaceId workspace) {
        return stored.count(workspace);
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
