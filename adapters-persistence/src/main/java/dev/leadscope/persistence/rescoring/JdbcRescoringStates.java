package dev.leadscope.persistence.rescoring;

import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.account.BuyingStage;
import dev.leadscope.domain.bant.Readiness;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.port.out.RescoringStates;
import dev.leadscope.domain.rescoring.AccountState;
import dev.leadscope.domain.rescoring.LeadState;
import dev.leadscope.domain.scoring.Tier;
import dev.leadscope.persistence.support.Chunks;
import dev.leadscope.persistence.support.SqlStates;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Last told lead and account states in {@code rescoring_lead_states} and {@code rescoring_account_states}. */
@Singleton
public class JdbcRescoringStates implements RescoringStates {
    private static final int WRITE_ATTEMPTS = 5;
    private static final Table LEAD_STATES = new Table("rescoring_lead_states", "lead_id", List.of("tier", "readiness", "probability"));
    private static final Table ACCOUNT_STATES = new Table("rescoring_account_states", "account_id", List.of("stage", "surging"));
    private final TransactionOperations<Connection> tx;

    JdbcRescoringStates(TransactionOperations<Connection> tx) {
        this.tx = tx;
    }

    @Override
    public Map<LeadId, LeadState> leads(WorkspaceId workspace, Collection<LeadId> leads) {
        return read("SELECT lead_id, tier, readiness, probability FROM rescoring_lead_states", "lead_id", workspace,
                leads.stream().map(LeadId::value).toList(), rs -> new LeadState(new LeadId(rs.getString(1)),
                        Tier.valueOf(rs.getString(2)), Readiness.valueOf(rs.getString(3)), rs.getDouble(4)),
                LeadState::lead);
    }

    @Override
    public void saveLeads(WorkspaceId workspace, Collection<LeadState> states) {
        write(LEAD_STATES, workspace, states, st -> st.lead().value(), (s, at, st) -> {
            s.setString(at, st.tier().name());
            s.setString(at + 1, st.readiness().name());
            s.setDouble(at + 2, st.probability());
        });
    }

    @Override
    public Map<AccountId, AccountState> accounts(WorkspaceId workspace, Collection<AccountId> accounts) {
        return read("SELECT account_id, stage, surging FROM rescoring_account_states", "account_id", workspace,
                accounts.stream().map(AccountId::value).toList(), rs -> new AccountState(new AccountId(rs.getString(1)),
                        BuyingStage.valueOf(rs.getString(2)), rs.getBoolean(3)), AccountState::account);
    }

    @Override
    public void saveAccounts(WorkspaceId workspace, Collection<AccountState> states) {
        write(ACCOUNT_STATES, workspace, states, st -> st.account().value(), (s, at, st) -> {
            s.setString(at, st.stage().name());
            s.setBoolean(at + 1, st.surging());
        });
    }

    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Sets the values of a state's columns (all but the workspace and the id) from parameter {@code at} on. */
    private interface RowWriter<T> {
        void write(PreparedStatement s, int at, T item) throws SQLException;
    }

    /** A states table: its id column and its other columns, in the order a {@link RowWriter} sets them. */
    private record Table(String name, String idColumn, List<String> values) {
        String update() {
            return "UPDATE " + name + " SET " + String.join(" = ?, ", values) + " = ? WHERE workspace_id = ? AND " + idColumn + " = ?";
        }

        String insert() {
            return "INSERT INTO " + name + " (workspace_id, " + idColumn + ", " + String.join(", ", values) + ") VALUES (?, ?"
                    + ", ?".repeat(values.size()) + ")";
        }
    }

    private <K, T> Map<K, T> read(String select, String idColumn, WorkspaceId workspace, List<String> ids, RowReader<T> reader,
                                  Function<T, K> key) {
        Map<K, T> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        // one statement per id, looked up by the primary key: H2 answers an IN list on the key's second column by
        // scanning the whole workspace and comparing each row with every listed id
        return tx.executeRead(status -> {
            try (PreparedStatement s = status.getConnection().prepareStatement(select + " WHERE workspace_id = ? AND " + idColumn + " = ?")) {
                s.setString(1, workspace.value());
                for (String id : new LinkedHashSet<>(ids)) {
                    s.setString(2, id);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            T item = reader.read(rs);
                            out.put(key.apply(item), item);
                        }
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read rescoring states: " + e.getMessage(), e);
            }
            return out;
        });
    }

    /**
     * Updates the rows of these ids in place and inserts those that had none, in one transaction (no upsert needed on
     * either database). Two rescoring workers may save the same account (or lead) at once: when both find no row, the
     * second insert meets the first's key (or the two wait on each other), so the transaction is run again, and then
     * finds the first's row to update.
     */
    private <T> void write(Table table, WorkspaceId workspace, Collection<T> items, Function<T, String> id, RowWriter<T> writer) {
        if (items.isEmpty()) {
            return;
        }
        Map<String, T> last = new java.util.LinkedHashMap<>();
        items.forEach(i -> last.put(id.apply(i), i));
        for (int attempt = 1; ; attempt++) {
            try {
                writeOnce(table, workspace, last, writer);
                return;
            } catch (IllegalStateException e) {
                if (attempt == WRITE_ATTEMPTS || !(e.getCause() instanceof SQLException sql && SqlStates.concurrentWrite(sql))) {
                    throw e;
                }
            }
        }
    }

    private <T> void writeOnce(Table table, WorkspaceId workspace, Map<String, T> last, RowWriter<T> writer) {
        int values = table.values().size();
        tx.executeWrite(status -> {
            Connection c = status.getConnection();
            for (List<Map.Entry<String, T>> chunk : Chunks.of(new ArrayList<>(last.entrySet()))) {
                try (PreparedStatement upd = c.prepareStatement(table.update())) {
                    for (Map.Entry<String, T> item : chunk) {
                        writer.write(upd, 1, item.getValue());
                        upd.setString(values + 1, workspace.value());
                        upd.setString(values + 2, item.getKey());
                        upd.addBatch();
                    }
                    int[] updated = upd.executeBatch();
                    List<Map.Entry<String, T>> missing = new ArrayList<>();
                    for (int i = 0; i < chunk.size(); i++) {
                        if (updated[i] == 0) {
                            missing.add(chunk.get(i));
                        }
                    }
                    if (!missing.isEmpty()) {
                        try (PreparedStatement ins = c.prepareStatement(table.insert())) {
                            for (Map.Entry<String, T> item : missing) {
                                ins.setString(1, workspace.value());
                                ins.setString(2, item.getKey());
                                writer.write(ins, 3, item.getValue());
                                ins.addBatch();
                            }
                            ins.executeBatch();
                        }
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException("cannot store rescoring states: " + e.getMessage(), e);
                }
            }
            return last.size();
        });
    }
}
