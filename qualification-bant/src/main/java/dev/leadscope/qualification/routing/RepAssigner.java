package dev.leadscope.qualification.routing;

import dev.leadscope.domain.lead.RepId;
import dev.leadscope.domain.port.in.QualifyLeadUseCase.RepLoad;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Assigns leads to reps weighted by open load: each lead goes to the rep with the least open load for their
 * capacity, counting the lead being assigned ((open + 1) / capacity), ties to the rep with the smaller id.
 * Deterministic and stateless.
 */
public final class RepAssigner {

    /** The rep who should take one more lead, or empty when the roster is empty. */
    public Optional<RepId> pick(List<RepLoad> roster) {
        return roster.stream().min(order()).map(RepLoad::rep);
    }

    /** Assigns {@code leads} new leads one after another, counting each assignment into the rep's load. */
    public List<RepId> assign(int leads, List<RepLoad> roster) {
        if (leads < 0) {
            throw new IllegalArgumentException("leads must be >= 0: " + leads);
        }
        if (roster.isEmpty() && leads > 0) {
            throw new IllegalArgumentException("roster must name at least one rep to assign leads to");
        }
        List<RepLoad> loads = new ArrayList<>(roster);
        List<RepId> out = new ArrayList<>(leads);
        for (int i = 0; i < leads; i++) {
            RepLoad best = loads.stream().min(order()).orElseThrow();
            out.add(best.rep());
            loads.set(loads.indexOf(best), new RepLoad(best.rep(), best.openLeads() + 1, best.capacity()));
        }
        return out;
    }

    private static Comparator<RepLoad> order() {
        return Comparator.comparingDouble((RepLoad r) -> (r.openLeads() + 1) / r.capacity())
                .thenComparing(r -> r.rep().value());
    }
}
