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

    /**
     * The outcomes of each of {@code leads}, oldest first per lead: the bulk read for training. Leads without
     * outcomes are absent from the map. The default reads lead by lead; adapters override it with a bulk query.
     */
    default Map<LeadId, List<Outcome>> forLeads(WorkspaceId workspace, Collection<LeadId> leads) {
        Map<LeadId, List<Outcome>> out = new java.util.LinkedHashMap<>();
        for (LeadId lead : leads) {
            List<Outcome> outcomes = forLead(workspace, lead);
            if (!outcomes.isEmpty()) {
                out.put(lead, outcomes);
            }
        }
        return out;
    }

    /** The stored outcomes among {@code ids} (ids not stored are absent from the map). */
    default Map<OutcomeId, Outcome> findAll(WorkspaceId workspace, Collection<OutcomeId> ids) {
        Map<OutcomeId, Outcome> found = new HashMap<>();
        ids.forEach(id -> findById(workspace, id).ifPresent(o -> found.put(id, o)));
        return found;
    }

    /** A lead's outcomes, oldest first. */
    List<Outcome> forLead(WorkspaceId workspace, LeadId lead);
}
