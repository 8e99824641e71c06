package dev.leadscope.domain.rescoring;

import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.account.BuyingStage;
import java.util.Objects;

/** What was last told about an account: its buying stage and whether it was surging after its latest rescoring. */
public record AccountState(AccountId account, BuyingStage stage, boolean surging) {
    public AccountState {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(stage, "stage");
    }
}
