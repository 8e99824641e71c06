package dev.leadscope.domain.port.out;

import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.common.Page;
import dev.leadscope.domain.common.PageRequest;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.lead.LeadId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Stores leads. Every call is scoped to one workspace; nothing crosses workspaces.
 * Implementations are thread-safe.
 */
public interface Leads {

    /** Inserts the lead, or replaces the stored one with the same workspace and id. */
    void save(Lead lead);

    /** Inserts or replaces every lead in one round trip where the store allows it. */
    void saveAll(List<Lead> leads);

    Optional<Lead> findById(WorkspaceId workspace, LeadId id);

    /** The stored leads among {@code ids}, by id; stores that can should answer in one round trip. */
    default Map<LeadId, Lead> findAll(WorkspaceId workspace, Collection<LeadId> ids) {
        Map<LeadId, Lead> found = new HashMap<>();
        for (LeadId id : ids) {
            findById(workspace, id).ifPresent(l -> found.put(id, l));
        }
        return found;
    }

    /** The subset of {@code ids} that exist in {@code workspace}. */
    Set<LeadId> existing(WorkspaceId workspace, Collection<LeadId> ids);

    /** Leads matching {@code filter}, ordered by creation time then id, one page at a time. */
    Page<Lead> list(WorkspaceId workspace, LeadFilter filter, PageRequest page);

    /** Every lead of {@code workspace}, ordered as {@link #list}, read a page at a time. */
    default List<Lead> all(WorkspaceId workspace) {
        List<Lead> out = new ArrayList<>();
        int offset = 0;
        while (true) {
            Page<Lead> page = list(workspace, LeadFilter.ALL, new PageRequest(offset, PageRequest.MAX_LIMIT));
            out.addAll(page.items());
            if (!page.hasMore() || page.items().isEmpty()) {
                return out;
            }
            offset += page.items().size();
        }
    }

    long count(WorkspaceId workspace);

    /**
     * For a pass over every lead of the workspace one account at a time, without holding them all: the distinct ids of
     * the accounts its leads name (stored accounts or not), in the store's order of ids, those after {@code after}
     * (null: from the first), at most {@code limit}. The default reads {@link #all}.
     */
    default List<AccountId> accountIdsAfter(WorkspaceId workspace, AccountId after, int limit) {
        return all(workspace).stream().map(Lead::accountId).filter(a -> a != null && (after == null || a.value().compareTo(after.value()) > 0))
                .distinct().sorted(java.util.Comparator.comparing(AccountId::value)).limit(limit).toList();
    }

    /**
     * Every lead of each of the accounts, ordered as {@link #list}, in one read where the store can; accounts without
     * leads are left out. The default lists each account.
     */
    default Map<AccountId, List<Lead>> inAccounts(WorkspaceId workspace, Collection<AccountId> accounts) {
        Map<AccountId, List<Lead>> out = new LinkedHashMap<>();
        for (AccountId account : accounts) {
            List<Lead> members = new ArrayList<>();
            int offset = 0;
            while (true) {
                Page<Lead> page = list(workspace, new LeadFilter(account, null, null), new PageRequest(offset, PageRequest.MAX_LIMIT));
                members.addAll(page.items());
                if (!page.hasMore() || page.items().isEmpty()) {
                    break;
                }
                offset += page.items().size();
            }
            if (!members.isEmpty()) {
                out.put(account, members);
            }
        }
        return out;
    }

    /**
     * The leads of the workspace without an account, in the store's order of ids, those after {@code after} (null: from
     * the first), at most {@code limit}. The default reads {@link #all}.
     */
    default List<Lead> withoutAccountAfter(WorkspaceId workspace, LeadId after, int limit) {
        return all(workspace).stream().filter(l -> l.accountId() == null && (after == null || l.id().value().compareTo(after.value()) > 0))
                .sorted(java.util.Comparator.comparing((Lead l) -> l.id().value())).limit(limit).toList();
    }
}
