package dev.leadscope.domain.service;

import dev.leadscope.domain.account.Account;
import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.common.Page;
import dev.leadscope.domain.common.PageRequest;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.port.in.AccountNotFoundException;
import dev.leadscope.domain.port.in.AlreadyExistsException;
import dev.leadscope.domain.port.in.ManageAccountsUseCase;
import dev.leadscope.domain.port.in.UpsertResult;
import dev.leadscope.domain.port.out.AccountFilter;
import dev.leadscope.domain.port.out.Accounts;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** Creates, changes and reads accounts. */
public final class AccountService implements ManageAccountsUseCase {
    private final Accounts accounts;
    private final Clock clock;

    public AccountService(Accounts accounts, Clock clock) {
        this.accounts = Objects.requireNonNull(accounts);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Account create(WorkspaceId workspace, AccountId id, AccountDetails details) {
        AccountId accountId = id != null ? id : new AccountId(UUID.randomUUID().toString());
        if (accounts.findById(workspace, accountId).isPresent()) {
            throw new AlreadyExistsException("account", accountId.value());
        }
        Account account = build(workspace, accountId, details);
        accounts.save(account);
        return account;
    }

    @Override
    public Account update(WorkspaceId workspace, AccountId id, AccountDetails details) {
        Account existing = get(workspace, id);
        Account updated = existing.updatedFrom(build(workspace, id, details));
        accounts.save(updated);
        return updated;
    }

    @Override
    public Account upsert(WorkspaceId workspace, AccountId id, AccountDetails details) {
        Account fresh = build(workspace, Objects.requireNonNull(id, "accountId"), details);
        Account stored = accounts.findById(workspace, id)
                .map(existing -> details.createdAt() == null ? existing.updatedFrom(fresh) : fresh)
                .orElse(fresh);
        accounts.save(stored);
        return stored;
    }

    @Override
    public List<UpsertResult> upsertAll(WorkspaceId workspace, List<AccountUpsert> items) {
        if (items.size() > MAX_BULK) {
            throw new IllegalArgumentException("a bulk upsert holds at most " + MAX_BULK + " accounts: " + items.size());
        }
        Map<AccountId, Account> current = new HashMap<>(accounts.findAll(workspace, items.stream().map(AccountUpsert::id).distinct().toList()));
        Map<AccountId, Account> changed = new LinkedHashMap<>();
        List<UpsertResult> results = new ArrayList<>(items.size());
        for (AccountUpsert item : items) {
            Account fresh;
            try {
                fresh = build(workspace, item.id(), item.details());
            } catch (IllegalArgumentException | NullPointerException e) {
                results.add(Upserts.rejected(e, "account"));
                continue;
            }
            Upserts.merge(item.id(), fresh, item.details().createdAt() != null, current, changed, Account::updatedFrom, results);
        }
        if (!changed.isEmpty()) {
            accounts.saveAll(new ArrayList<>(changed.values()));
        }
        return results;
    }

    @Override
    public Account get(WorkspaceId workspace, AccountId id) {
        return accounts.findById(workspace, id).orElseThrow(() -> new AccountNotFoundException(id));
    }

    @Override
    public Page<Account> list(WorkspaceId workspace, AccountFilter filter, PageRequest page) {
        return accounts.list(workspace, filter == null ? AccountFilter.ALL : filter, page);
    }

    private Account build(WorkspaceId workspace, AccountId id, AccountDetails d) {
        return new Account(workspace, id, d.name(), d.domain(), d.firmographics(), d.technographics(),
                d.contractRenewalDate(), d.attributes(), d.createdAt() != null ? d.createdAt() : clock.instant());
    }
}
