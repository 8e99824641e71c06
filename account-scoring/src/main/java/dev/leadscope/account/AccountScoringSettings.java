package dev.leadscope.account;

import dev.leadscope.account.committee.CommitteeSettings;
import dev.leadscope.account.stage.StagePolicy;
import dev.leadscope.account.surge.SurgePolicy;
import java.util.Objects;

/** How accounts are scored: committee reading, stage rules and surge rule; {@link #defaults()} documents them. */
public record AccountScoringSettings(CommitteeSettings committee, StagePolicy stage, SurgePolicy surge) {
    public AccountScoringSettings {
        Objects.requireNonNull(committee, "committee");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(surge, "surge");
    }

    public static AccountScoringSettings defaults() {
        return new AccountScoringSettings(CommitteeSettings.defaults(), StagePolicy.DEFAULTS, SurgePolicy.defaults());
    }
}
