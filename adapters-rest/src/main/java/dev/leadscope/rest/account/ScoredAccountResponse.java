package dev.leadscope.rest.account;

import io.micronaut.serde.annotation.Serdeable;

/** An account in a scored list, with the score that placed it there. */
@Serdeable
public record ScoredAccountResponse(AccountResponse account, AccountScoreResponse score) {
}
