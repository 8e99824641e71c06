package dev.leadscope.account.probability;

import dev.leadscope.domain.account.AccountScore;
import java.util.Objects;

/** An account model learned from account-level outcomes: a logistic regression over the snapshot's features. */
public record LearnedAccountModel(LogisticModel model, double prior) implements AccountProbabilityModel {
    public LearnedAccountModel {
        Objects.requireNonNull(model, "model");
        if (model.weights().length != AccountSnapshot.FEATURES.size()) {
            throw new IllegalArgumentException("the model must have " + AccountSnapshot.FEATURES.size() + " weights: "
                    + model.weights().length);
        }
        if (!(prior > 0 && prior < 1)) {
            throw new IllegalArgumentException("prior must be in (0,1): " + prior);
        }
    }

    @Override
    public double probability(AccountSnapshot snapshot) {
        return model.probability(snapshot.features(prior));
    }

    @Override
    public AccountScore.Method method() {
        return AccountScore.Method.LEARNED;
    }
}
