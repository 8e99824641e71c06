package dev.leadscope.domain.account;

import dev.leadscope.domain.common.Identifiers;

/** Identifies an account (a company) within its workspace. */
public record AccountId(String value) {
    public AccountId {
        Identifiers.require("accountId", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
