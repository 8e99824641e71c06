package dev.leadscope.domain.service;

import dev.leadscope.domain.account.Account;
import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.common.Page;
import dev.leadscope.domain.common.PageRequest;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.port.in.AccountNotFoundException;
import dev.leadscope.domain.port.in.AlreadyExistsException;
import dev.leadscope.domain.port.in.ManageAccountsUseCase;
import dev.leadscope.domain.port.out.AccountFilter;
import dev.leadscope.domain.port.out.Accounts;
import java.time.Clock;
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
