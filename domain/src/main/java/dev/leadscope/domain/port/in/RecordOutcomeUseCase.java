package dev.leadscope.domain.port.in;

import dev.leadscope.domain.outcome.Outcome;

/** Records how leads ended: won, lost or disqualified. */
public interface RecordOutcomeUseCase {

    /** Stores the outcome (replacing one with the same id). @throws LeadNotFoundException */
    Outcome record(Outcome outcome);
}
