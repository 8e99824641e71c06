package dev.leadscope.domain.rescoring;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.outcome.Outcome;
import dev.leadscope.domain.outcome.OutcomeId;
import dev.leadscope.domain.port.out.Outcomes;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Outcomes that, inside {@link #during}, answer the leads of a bulk rescoring's chunk from what the chunk read
 * ({@link #prime}): the chunk's account scores read the outcomes its scoring already read. Every other read, and every
 * read outside it, asks the store. Saving an outcome forgets its lead's. Thread-safe (what is remembered belongs to
 * one thread).
 */
public final class OutcomesMemo implements Outcomes {
    private record Key(WorkspaceId workspace, LeadId lead) {
    }

    private final Outcomes stored;
    private final ThreadBatch<Key, List<Outcome>> batch = new ThreadBatch<>();

    public OutcomesMemo(Outcomes stored) {
        this.stored = stored;
    }

    /** Runs {@code work} with what {@link #prime} is given remembered on this thread. */
    public <T> T during(Supplier<T> work) {
        return batch.during(work);
    }

    /** Inside {@link #during}: remembers every outcome of each lead of the chunk, as the chunk read them. */
    public void prime(ChunkRead read) {
        Map<Key, List<Outcome>> known = batch.current();
        if (known != null) {
            for (LeadId lead : read.leadIds()) {
                known.put(new Key(read.workspace(), lead), read.outcomesOf(lead));
            }
        }
    }

    @Override
    public void save(Outcome outcome) {
        forget(List.of(outcome));
        stored.save(outcome);
    }

    @Override
    public void saveAll(List<Outcome> outcomes) {
        forget(outcomes);
        stored.saveAll(outcomes);
    }

    @Override
    public Optional<Outcome> findById(WorkspaceId workspace, OutcomeId id) {
        return stored.findById(workspace, id);
    }

    @Override
    public Map<OutcomeId, Outcome> findAll(WorkspaceId workspace, Collection<OutcomeId> ids) {
        return stored.findAll(workspace, ids);
    }

    @Override
    public Map<LeadId, List<Outcome>> forLeads(WorkspaceId workspace, Collection<LeadId> leads) {
        Map<Key, List<Outcome>> known = batch.current();
        if (known == null) {
            return stored.forLeads(workspace, leads);
        }
        List<LeadId> missing = leads.stream().distinct().filter(l -> !known.containsKey(new Key(workspace, l))).toList();
        Map<LeadId, List<Outcome>> read = missing.isEmpty() ? Map.of() : stored.forLeads(workspace, missing);
        Map<LeadId, List<Outcome>> out = new LinkedHashMap<>();
        for (LeadId l : leads) {
            List<Outcome> outcomes = known.getOrDefault(new Key(workspace, l), read.getOrDefault(l, List.of()));
            if (!outcomes.isEmpty()) {
                out.put(l, outcomes);
            }
        }
        return out;
    }

    @Override
    public List<Outcome> forLead(WorkspaceId workspace, LeadId lead) {
        Map<Key, List<Outcome>> known = batch.current();
        List<Outcome> all = known == null ? null : known.get(new Key(workspace, lead));
        return all == null ? stored.forLead(workspace, lead) : all;
    }

    private void forget(List<Outcome> outcomes) {
        Map<Key, List<Outcome>> known = batch.current();
        if (known != null) {
            outcomes.forEach(o -> known.remove(new Key(o.workspace(), o.leadId())));
        }
    }
}
