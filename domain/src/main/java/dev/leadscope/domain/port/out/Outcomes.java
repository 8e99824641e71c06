package dev.leadscope.domain.port.out;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.outcome.Outcome;
import dev.leadscope.domain.outcome.OutcomeId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Outcomes of leads: won, lost, disqualified. Implementations are thread-safe. */
public interface Outcomes {

    /** Stores the outcome, replacing one with the same workspace and id. */
    void save(Outcome outcome);

    /**
     * Stores every outcome like {@link #save}, in one transaction where the store has them; when two carry the same
     * id the later one is kept. The batch path of imports.
     */
    default void saveAll(List<Outcome> outcomes) {
        outcomes.forEach(this::save);
    }

    Optional<Outcome> findById(WorkspaceId workspace, OutcomeId id);

    /** The stored outcomes among {@code ids} (ids not stored are absent from the map). */
    default Map<OutcomeId, Outcome> findAll(WorkspaceId workspace, Collection<OutcomeId> ids) {
        Map<OutcomeId, Outcome> found = new HashMap<>();
        ids.forEach(id -> findById(workspace, id).ifPresent(o -> found.put(id, o)));
        return found;
    }

    /** A lead's outcomes, oldest first. */
    List<Outcome> forLead(WorkspaceId workspace, LeadId lead);
}
