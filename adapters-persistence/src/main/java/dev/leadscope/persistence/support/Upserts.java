package dev.leadscope.persistence.support;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Insert-or-replace of keyed rows on both databases: in one transaction, the stored keys are looked up,
 * stored rows are updated and the others inserted in batches. When a concurrent writer inserts one of the
 * same keys first, the transaction fails on the key and is run again, then as an update.
 */
public final class Upserts<R> {
    private static final int ATTEMPTS = 4;

    private final TransactionOperations<Connection> tx;
    private final CrudRepository<R, RowKey> repository;
    private final Function<R, RowKey> keyOf;
    private final BiFunction<String, Collection<String>, Collection<String>> storedIds;

    /**
     * @param storedIds given a workspace and up to {@link Chunks#SIZE} ids, the ids among them that are stored
     */
    public Upserts(TransactionOperations<Connection> tx, CrudRepository<R, RowKey> repository, Function<R, RowKey> keyOf,
                   BiFunction<String, Collection<String>, Collection<String>> storedIds) {
        this.tx = tx;
        this.repository = repository;
        this.keyOf = keyOf;
        this.storedIds = storedIds;
    }

    public void saveAll(List<R> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Map<RowKey, R> lastPerKey = new LinkedHashMap<>();
        rows.forEach(row -> lastPerKey.put(keyOf.apply(row), row));
        for (int attempt = 1; ; attempt++) {
            try {
                tx.executeWrite(status -> {
                    write(lastPerKey);
                    return null;
                });
                return;
            } catch (DataAccessException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private void write(Map<RowKey, R> rows) {
        Map<String, List<RowKey>> keysByWorkspace = new LinkedHashMap<>();
        rows.keySet().forEach(k -> keysByWorkspace.computeIfAbsent(k.workspaceId(), w -> new ArrayList<>()).add(k));
        List<R> updates = new ArrayList<>();
        List<R> inserts = new ArrayList<>();
        keysByWorkspace.forEach((workspace, keys) -> {
            Set<String> stored = new HashSet<>();
            for (List<RowKey> chunk : Chunks.of(keys)) {
                stored.addAll(storedIds.apply(workspace, chunk.stream().map(RowKey::id).toList()));
            }
            for (RowKey key : keys) {
                (stored.contains(key.id()) ? updates : inserts).add(rows.get(key));
            }
        });
        if (!updates.isEmpty()) {
            repository.updateAll(updates);
        }
        if (!inserts.isEmpty()) {
            repository.saveAll(inserts);
        }
    }
}
