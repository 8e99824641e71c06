package dev.leadscope.persistence.lead;

import dev.leadscope.domain.common.Page;
import dev.leadscope.domain.common.PageRequest;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.port.out.LeadFilter;
import dev.leadscope.domain.port.out.Leads;
import dev.leadscope.persistence.support.RowKey;
import dev.leadscope.persistence.support.StoredIds;
import dev.leadscope.persistence.support.Upserts;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Leads in the {@code leads} table. */
@Singleton
public class JdbcLeads implements Leads {
    private final LeadRowRepository rows;
    private final Upserts<LeadRow> upserts;
    private final StoredIds storedIds;
    private final JdbcOperations jdbc;

    JdbcLeads(LeadRowRepository rows, TransactionOperations<Connection> tx, JdbcOperations jdbc) {
        this.rows = rows;
        this.jdbc = jdbc;
        this.storedIds = new StoredIds(tx, "leads", "id");
        this.upserts = new Upserts<>(tx, rows, LeadRow::key, storedIds::existing);
    }

    @Override
    public void save(Lead lead) {
        upserts.saveAll(List.of(LeadRow.from(lead)));
    }

    @Override
    public void saveAll(List<Lead> leads) {
        upserts.saveAll(leads.stream().map(LeadRow::from).toList());
    }

    @Override
    public Optional<Lead> findById(WorkspaceId workspace, LeadId id) {
        return rows.findById(new RowKey(workspace.value(), id.value())).map(LeadRow::toDomain);
    }

    @Override
    public Map<LeadId, Lead> findAll(WorkspaceId workspace, Collection<LeadId> ids) {
        Map<LeadId, Lead> found = new HashMap<>();
        // a VALUES join, not IN: H2 answers IN on the key's second column by scanning the whole workspace
        storedIds.rows(workspace.value(), ids.stream().map(LeadId::value).toList(), rs -> jdbc.readEntity(rs, LeadRow.class))
                .forEach(row -> found.put(new LeadId(row.key().id()), row.toDomain()));
        return found;
    }

    @Override
    public Set<LeadId> existing(WorkspaceId workspace, Collection<LeadId> ids) {
        Set<LeadId> found = new HashSet<>();
        storedIds.existing(workspace.value(), ids.stream().map(LeadId::value).toList()).forEach(id -> found.add(new LeadId(id)));
        return found;
    }

    @Override
    public Page<Lead> list(WorkspaceId workspace, LeadFilter filter, PageRequest page) {
        String account = filter.accountId() == null ? null : filter.accountId().value();
        String owner = filter.owner() == null ? null : filter.owner().value();
        boolean accountOnly = account != null && owner == null && filter.createdAfter() == null;
        List<Lead> items = (accountOnly
                ? rows.findInAccount(workspace.value(), account, page.limit(), page.offset())
                : rows.findMatching(workspace.value(), account, owner, filter.createdAfter(), page.limit(), page.offset()))
                .stream().map(LeadRow::toDomain).toList();
        if (items.size() < page.limit() && (!items.isEmpty() || page.offset() == 0)) {
            // a page that is not full is the last one: the total follows without counting
            return new Page<>(items, page.offset(), page.limit(), page.offset() + items.size());
        }
        long total = accountOnly ? rows.countInAccount(workspace.value(), account)
                : rows.countMatching(workspace.value(), account, owner, filter.createdAfter());
        return new Page<>(items, page.offset(), page.limit(), Math.max(total, items.size()));
    }

    /**
     * Every lead in one ordered read: paging through a large workspace would repeat the ordered scan and the count
     * for every page of {@value PageRequest#MAX_LIMIT}, a cost that grows with the square of the workspace.
     */
    @Override
    public List<Lead> all(WorkspaceId workspace) {
        return rows.findInWorkspace(workspace.value()).stream().map(LeadRow::toDomain).toList();
    }

    @Override
    public long count(WorkspaceId workspace) {
        return rows.countInWorkspace(workspace.value());
    }
}
