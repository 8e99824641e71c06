package dev.leadscope.qualification.tier;

import dev.leadscope.domain.common.WorkspaceId;

/** Gives the tier policy a workspace's leads are tiered by now. Implementations are thread-safe. */
@FunctionalInterface
public interface TierSource {

    TierPolicy tiers(WorkspaceId workspace);

    /** The same policy for every workspace. */
    static TierSource fixed(TierPolicy policy) {
        java.util.Objects.requireNonNull(policy, "policy");
        return workspace -> policy;
    }
}
