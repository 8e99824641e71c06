package dev.leadscope.qualification.tier;

import dev.leadscope.domain.scoring.Tier;

/** Turns a calibrated conversion probability into the tier sales acts on. Implementations are immutable. */
public interface TierPolicy {

    Tier tier(double probability);

    /** A one-line description for reasons and logs. */
    String describe();
}
