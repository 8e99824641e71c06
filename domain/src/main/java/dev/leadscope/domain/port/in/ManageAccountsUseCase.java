package dev.leadscope.domain.port.in;

import dev.leadscope.domain.account.Account;
import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.account.Firmographics;
import dev.leadscope.domain.account.Technographics;
import dev.leadscope.domain.common.CustomAttributes;
import dev.leadscope.domain.common.Page;
import dev.leadscope.domain.common.PageRequest;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.port.out.AccountFilter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Creates, changes, reads and lists accounts. */
public interface ManageAccountsUseCase {

    /** Everything about an account that a caller sets; {@code createdAt} null means now. */
    record AccountDetails(String name, String domain, Firmographics firmographics, Technographics technographics,
                          LocalDate contractRenewalDate, CustomAttributes attributes, Instant createdAt) {
    }

    /**
     * Creates an account; a {@code null} id is generated.
     *
     * @throws AlreadyExistsException when the id is taken
     * @throws IllegalArgumentException when a field is invalid
     */
    Account create(WorkspaceId workspace, AccountId id, AccountDetails details);

    /** Replaces an account's details. @throws AccountNotFoundException when it does not exist */
    Account update(WorkspaceId workspace, AccountId id, AccountDetails details);

    /** Creates the account or replaces its details (imports use this so that re-running changes nothing). */
    Account upsert(WorkspaceId workspace, AccountId id, AccountDetails details);

    /** One account offered to {@link #upsertAll}. */
    record AccountUpsert(AccountId id, AccountDetails details) {
        public AccountUpsert {
            java.util.Objects.requireNonNull(id, "accountId");
            java.util.Objects.requireNonNull(details, "details");
        }
    }

    /** The largest list one {@link #upsertAll} call accepts. */
    int MAX_BULK = 10_000;

    /**
     * Creates or replaces each account like {@link #upsert}, in order, writing only what changed. An invalid
     * item is {@link UpsertResult.Rejected} and never stops the others; a later item with the same id wins.
     *
     * @return one result per item, in the order given
     * @throws IllegalArgumentException when more than {@link #MAX_BULK} items are given
     */
    List<UpsertResult> upsertAll(WorkspaceId workspace, List<AccountUpsert> items);

    /** @throws AccountNotFoundException when it does not exist */
    Account get(WorkspaceId workspace, AccountId id);

    Page<Account> list(WorkspaceId workspace, AccountFilter filter, PageRequest page);
}
