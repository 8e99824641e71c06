package dev.leadscope.rest.wiring;

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
 * Leads whose account member pages (the account filter alone) are answered from {@link MemberLists}; saving a lead
 * through it drops its workspace's pages once stored. Every other read goes to the store.
 */
final class HotMembers implements Leads {
    private final Leads stored;
    private final MemberLists lists;

    HotMembers(Leads stored, MemberLists lists) {
        this.stored = stored;
        this.lists = lists;
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
        if (filter.accountId() == null || filter.owner() != null || filter.createdAfter() != null) {
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
}
