package dev.leadscope.domain.port.in;

import dev.leadscope.domain.account.AccountId;

/** The account named does not exist in the workspace. */
public class AccountNotFoundException extends NotFoundException {
    public AccountNotFoundException(AccountId id) {
        super("account", id.value());
    }
}
