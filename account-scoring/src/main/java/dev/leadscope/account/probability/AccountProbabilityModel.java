package dev.leadscope.account.probability;

import dev.leadscope.domain.account.AccountScore;

/** Gives an account's probability of buying within the horizon from its snapshot. Implementations are immutable. */
public interface AccountProbabilityModel {

    double probability(AccountSnapshot snapshot);

    AccountScore.Method method();
}
