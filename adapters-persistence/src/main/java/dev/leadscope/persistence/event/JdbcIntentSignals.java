package dev.leadscope.persistence.event;

import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.IntentSignal;
import dev.leadscope.domain.port.out.IntentSignals;
import io.micronaut.data.exceptions.DataAccessException;
import dev.leadscope.persistence.support.StoredIds;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Weekly intent signals in the {@code intent_signals} table. */
@Singleton
public class JdbcIntentSignals implements IntentSignals {
    private static final int ATTEMPTS = 4;
    private static final String FOR_ACCOUNT = "SELECT week_start, topic, score, provider FROM intent_signals"
            + " WHERE workspace_id = ? AND account_id = ? AND week_start >= ? AND week_start < ? ORDER BY week_start, topic";

    private final IntentRowRepository rows;
    private final TransactionOperations<Connection> tx;
    private final StoredIds byAccount;

    JdbcIntentSignals(IntentRowRepository rows, TransactionOperations<Connection> tx) {
        this.rows = rows;
        this.tx = tx;
        this.byAccount = new StoredIds(tx, "intent_signals", "account_id");
    }

    @Override
    public void record(IntentSignal signal) {
        IntentRow row = IntentRow.from(signal);
        IntentRow.Key k = row.key();
        for (int attempt = 1; ; attempt++) {
            try {
                tx.executeWrite(status -> {
                    if (rows.updateSignal(k.workspaceId(), k.accountId(), k.weekStart(), k.topic(), row.score(), row.provider()) == 0) {
                        rows.save(row);
                    }
                    return null;
                });
                return;
            } catch (DataAccessException e) {
                // another writer inserted the same week first: run again, now as an update
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    @Override
    public void recordAll(List<IntentSignal> signals) {
        Map<IntentRow.Key, IntentRow> lastPerKey = new LinkedHashMap<>();
        signals.forEach(s -> {
            IntentRow row = IntentRow.from(s);
            lastPerKey.put(row.key(), row);
        });
        if (lastPerKey.isEmpty()) {
            return;
        }
        List<IntentRow> rows = new ArrayList<>(lastPerKey.values());
        for (int attempt = 1; ; attempt++) {
            try {
                tx.executeWrite(status -> {
                    try {
                        IntentBatches.write(status.getConnection(), rows);
                    } catch (SQLException e) {
                        throw new StoreException("recording " + rows.size() + " intent signals failed", e);
                    }
                    return null;
                });
                return;
            } catch (StoreException e) {
                // another writer inserted one of the same weeks first: run again, now as updates
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    @Override
    public List<IntentSignal> findSame(WorkspaceId workspace, Collection<IntentSignal> signals) {
        Map<IntentRow.Key, IntentRow> byKey = new LinkedHashMap<>();
        signals.forEach(s -> byKey.putIfAbsent(IntentRow.from(s).key(), IntentRow.from(s)));
        List<IntentRow> keys = new ArrayList<>(byKey.values());
        if (keys.isEmpty()) {
            return List.of();
        }
        return tx.executeRead(status -> {
            try {
                return IntentBatches.find(status.getConnection(), workspace.value(), keys).stream().map(IntentRow::toDomain).toList();
            } catch (SQLException e) {
                throw new StoreException("reading " + keys.size() + " intent signals failed", e);
            }
        });
    }

    /**
     * Read with plain JDBC into signals: the entity mapper looked each column's name up again for every row, and most of
     * a rescoring's intent reads (an account's every signal) went to that.
     */
    @Override
    public List<IntentSignal> forAccount(WorkspaceId workspace, AccountId account, LocalDate from, LocalDate to) {
        return tx.executeRead(status -> {
            try (PreparedStatement select = status.getConnection().prepareStatement(FOR_ACCOUNT)) {
                select.setString(1, workspace.value());
                select.setString(2, account.value());
                select.setObject(3, from);
                select.setObject(4, to);
                List<IntentSignal> out = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        out.add(new IntentSignal(workspace, account, rs.getString(2), rs.getObject(1, LocalDate.class), rs.getInt(3),
                                rs.getString(4)));
                    }
                }
                return out;
            } catch (SQLException e) {
                throw new StoreException("reading the intent signals of account " + account.value() + " failed", e);
            }
        });
    }

    @Override
    public Map<AccountId, List<IntentSignal>> forAccounts(WorkspaceId workspace, Collection<AccountId> accounts) {
        Map<AccountId, List<IntentSignal>> out = new LinkedHashMap<>();
        // The signals hold the caller's workspace and account ids, not copies of their own read from the store: a bulk
        // read of millions of signals then keeps one id per account. Every column read is in the intent_signals_by_account
        // index, so no table page is.
        Map<String, AccountId> byValue = new LinkedHashMap<>();
        accounts.forEach(a -> byValue.putIfAbsent(a.value(), a));
        for (IntentSignal s : byAccount.columnsBy(IntentRow.SIGNAL_COLUMNS, "account_id", workspace.value(), List.copyOf(byValue.keySet()),
                (account, rs) -> IntentRow.read(workspace, byValue.get(account), rs))) {
            out.computeIfAbsent(s.accountId(), k -> new ArrayList<>()).add(s);
        }
        out.values().forEach(signals -> signals.sort(Comparator.comparing(IntentSignal::weekStart).thenComparing(IntentSignal::topic)));
        return out;
    }
}
