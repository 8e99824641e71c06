package dev.leadscope.persistence.lead;

import dev.leadscope.domain.account.AccountId;
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
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
    private final TransactionOperations<Connection> tx;

    JdbcLeads(LeadRowRepository rows, TransactionOperations<Connection> tx) {
        this.rows = rows;
        this.tx = tx;
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
        storedIds.rows(workspace.value(), ids.stream().map(LeadId::value).toList(), LeadRow::read)
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

    static final String FIRST_ACCOUNT_IDS = "SELECT account_id FROM leads WHERE workspace_id = ? AND account_id IS NOT NULL"
            + " ORDER BY workspace_id, account_id LIMIT ?";
    static final String ACCOUNT_IDS_AFTER = "SELECT account_id FROM leads WHERE workspace_id = ? AND account_id > ?"
            + " ORDER BY workspace_id, account_id LIMIT ?";

    /**
     * Through the (workspace_id, account_id) index, read in its order: each page starts where the last one ended, so no
     * page re-reads the ones before. The rows are the leads' (an account once per member), not DISTINCT ones, and the
     * order names the index's leading column: either would make H2 read and sort every lead of the workspace per page.
     */
    @Override
    public List<AccountId> accountIdsAfter(WorkspaceId workspace, AccountId after, int limit) {
        List<AccountId> out = new ArrayList<>();
        String from = after == null ? null : after.value();
        while (out.size() < limit) {
            int asked = limit - out.size() + 16;
            List<String> rows = accountIdRows(workspace, from, asked);
            for (String id : rows) {
                if (out.size() < limit && !id.equals(from)) {
                    out.add(new AccountId(id));
                    from = id;
                }
            }
            if (rows.size() < asked) {
                break;
            }
        }
        return out;
    }

    private List<String> accountIdRows(WorkspaceId workspace, String after, int limit) {
        String sql = after == null ? FIRST_ACCOUNT_IDS : ACCOUNT_IDS_AFTER;
        return tx.executeRead(status -> {
            try (PreparedStatement select = status.getConnection().prepareStatement(sql)) {
                int i = 1;
                select.setString(i++, workspace.value());
                if (after != null) {
                    select.setString(i++, after);
                }
                select.setInt(i, limit);
                List<String> out = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
                return out;
            } catch (SQLException e) {
                throw new IllegalStateException("listing the accounts of the leads failed: " + e.getMessage(), e);
            }
        });
    }

    /** One statement per account by the account index, in one read transaction per chunk of accounts; rows mapped by hand. */
    @Override
    public Map<AccountId, List<Lead>> inAccounts(WorkspaceId workspace, Collection<AccountId> accounts) {
        Map<String, List<Lead>> byAccount = new HashMap<>();
        for (LeadRow row : storedIds.rowsBy("account_id", workspace.value(), accounts.stream().map(AccountId::value).toList(), LeadRow::read)) {
            byAccount.computeIfAbsent(row.accountId(), k -> new ArrayList<>()).add(row.toDomain());
        }
        Map<AccountId, List<Lead>> out = new LinkedHashMap<>();
        for (AccountId account : accounts) {
            List<Lead> members = byAccount.get(account.value());
            if (members != null && !out.containsKey(account)) {
                members.sort(Comparator.comparing(Lead::createdAt).thenComparing(l -> l.id().value()));
                out.put(account, members);
            }
        }
        return out;
    }

    @Override
    public List<Lead> withoutAccountAfter(WorkspaceId workspace, LeadId after, int limit) {
        String sql = "SELECT * FROM leads WHERE workspace_id = ? AND account_id IS NULL" + (after == null ? "" : " AND id > ?")
                + " ORDER BY id LIMIT ?";
        return tx.executeRead(status -> {
            try (PreparedStatement select = status.getConnection().prepareStatement(sql)) {
                int i = 1;
                select.setString(i++, workspace.value());
                if (after != null) {
                    select.setString(i++, after.value());
                }
                select.setInt(i, limit);
                List<Lead> out = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        out.add(LeadRow.read(rs).toDomain());
                    }
                }
                return out;
            } catch (SQLException e) {
                throw new IllegalStateException("listing the leads without an account failed: " + e.getMessage(), e);
            }
        });
    }
}
