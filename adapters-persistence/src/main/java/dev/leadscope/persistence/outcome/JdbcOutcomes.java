package dev.leadscope.persistence.outcome;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.outcome.Outcome;
import dev.leadscope.domain.outcome.OutcomeId;
import dev.leadscope.domain.port.out.Outcomes;
import dev.leadscope.persistence.support.RowKey;
import dev.leadscope.persistence.support.StoredIds;
import dev.leadscope.persistence.support.Upserts;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Outcomes in the {@code outcomes} table. */
@Singleton
public class JdbcOutcomes implements Outcomes {
    private final OutcomeRowRepository rows;
    private final Upserts<OutcomeRow> upserts;
    private final StoredIds stored;

    JdbcOutcomes(OutcomeRowRepository rows, TransactionOperations<Connection> tx) {
        this.rows = rows;
        this.stored = new StoredIds(tx, "outcomes", "id");
        this.upserts = new Upserts<>(tx, rows, OutcomeRow::key, stored::existing);
    }

    @Override
    public void saveAll(List<Outcome> outcomes) {
        upserts.saveAll(outcomes.stream().map(OutcomeRow::from).toList());
    }

    @Override
    public Map<OutcomeId, Outcome> findAll(WorkspaceId workspace, Collection<OutcomeId> ids) {
        Map<OutcomeId, Outcome> found = new HashMap<>();
        for (OutcomeRow row : stored.rows(workspace.value(), ids.stream().map(OutcomeId::value).toList(), OutcomeRow::read)) {
            found.put(new OutcomeId(row.key().id()), row.toDomain());
        }
        return found;
    }

    @Override
    public void save(Outcome outcome) {
        upserts.saveAll(List.of(OutcomeRow.from(outcome)));
    }

    @Override
    public Optional<Outcome> findById(WorkspaceId workspace, OutcomeId id) {
        return rows.findById(new RowKey(workspace.value(), id.value())).map(OutcomeRow::toDomain);
    }

    @Override
    public List<Outcome> forLead(WorkspaceId workspace, LeadId lead) {
        return rows.findForLead(workspace.value(), lead.value()).stream().map(OutcomeRow::toDomain).toList();
    }

    @Override
    public Map<LeadId, List<Outcome>> forLeads(WorkspaceId workspace, Collection<LeadId> leads) {
        Map<LeadId, List<Outcome>> out = new LinkedHashMap<>();
        for (OutcomeRow row : stored.rowsBy("lead_id", workspace.value(), leads.stream().map(LeadId::value).toList(),
                OutcomeRow::read)) {
            Outcome o = row.toDomain();
            out.computeIfAbsent(o.leadId(), k -> new ArrayList<>()).add(o);
        }
        out.values().forEach(outcomes -> outcomes.sort(Comparator.comparing(Outcome::occurredAt).thenComparing(o -> o.id().value())));
        return out;
    }
}
