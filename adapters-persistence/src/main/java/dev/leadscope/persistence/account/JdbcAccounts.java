package dev.leadscope.persistence.account;

import dev.leadscope.domain.account.Account;
import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.common.Page;
import dev.leadscope.domain.common.PageRequest;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.port.out.AccountFilter;
import dev.leadscope.domain.port.out.Accounts;
import dev.leadscope.persistence.support.RowKey;
import dev.leadscope.persistence.support.StoredIds;
import dev.leadscope.persistence.support.Upserts;
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

/** Accounts in the {@code accounts} table. */
@Singleton
public class JdbcAccounts implements Accounts {
    private final AccountRowRepository rows;
    private final Upserts<AccountRow> upserts;
    private final StoredIds storedIds;

    JdbcAccounts(AccountRowRepository rows, TransactionOperations<Connection> tx) {
        this.rows = rows;
        this.storedIds = new StoredIds(tx, "accounts", "id");
        this.upserts = new Upserts<>(tx, rows, AccountRow::key, storedIds::existing);
    }

    @Override
    public void save(Account account) {
        upserts.saveAll(List.of(AccountRow.from(account)));
    }

    @Override
    public void saveAll(List<Account> accounts) {
        upserts.saveAll(accounts.stream().map(AccountRow::from).toList());
    }

    @Override
    public Optional<Account> findById(WorkspaceId workspace, AccountId id) {
        return rows.findById(new RowKey(workspace.value(), id.value())).map(AccountRow::toDomain);
    }

    @Override
    public Map<AccountId, Account> findAll(WorkspaceId workspace, Collection<AccountId> ids) {
        Map<AccountId, Account> found = new HashMap<>();
        // a VALUES join, not IN: H2 answers IN on the key's second column by scanning the whole workspace
        storedIds.rows(workspace.value(), ids.stream().map(AccountId::value).toList(), AccountRow::read)
                .forEach(row -> found.put(new AccountId(row.key().id()), row.toDomain()));
        return found;
    }

    @Override
    public Set<AccountId> existing(WorkspaceId workspace, Collection<AccountId> ids) {
        Set<AccountId> found = new HashSet<>();
        storedIds.existing(workspace.value(), ids.stream().map(AccountId::value).toList()).forEach(id -> found.add(new AccountId(id)));
        return found;
    }

    @Override
    public Page<Account> list(WorkspaceId workspace, AccountFilter filter, PageRequest page) {
        List<Account> items = rows.findMatching(workspace.value(), filter.industry(), filter.createdAfter(), page.limit(), page.offset())
                .stream().map(AccountRow::toDomain).toList();
        long total = rows.countMatching(workspace.value(), filter.industry(), filter.createdAfter());
        return new Page<>(items, page.offset(), page.limit(), Math.max(total, items.size()));
    }

    @Override
    public long count(WorkspaceId workspace) {
        return rows.countInWorkspace(workspace.value());
    }
}
