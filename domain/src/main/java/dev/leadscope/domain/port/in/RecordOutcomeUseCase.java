package dev.leadscope.domain.port.in;

import dev.leadscope.domain.outcome.Outcome;
import java.util.List;

/** Records how leads ended: won, lost or disqualified. */
public interface RecordOutcomeUseCase {

    /** Stores the outcome (replacing one with the same id). @throws LeadNotFoundException */
    Outcome record(Outcome outcome);

    /**
     * Records each outcome like {@link #record}, writing only what changed. One naming an unknown lead is
     * {@link UpsertResult.Rejected} and never stops the others. All items belong to one workspace.
     *
     * @return one result per item, in the order given
     */
    List<UpsertResult> recordOutcomes(List<Outcome> items);
}
