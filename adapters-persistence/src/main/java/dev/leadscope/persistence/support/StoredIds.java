package dev.leadscope.persistence.support;

import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Looks up which of many ids a table holds in a workspace, in one statement per {@link Chunks#SIZE} ids.
 * The ids are joined in as a {@code VALUES} list rather than an {@code IN} list: H2 uses only the workspace
 * part of the (workspace_id, id) key for {@code IN}, scanning the whole workspace, but looks each joined id
 * up by the full key. PostgreSQL plans both well.
 */
public final class StoredIds {
    private final TransactionOperations<Connection> tx;
    private final String table;
    private final String column;

    /**
     * @param table  a table keyed by (workspace_id, id)
     * @param column the column whose value {@link #find} returns per id
     */
    public StoredIds(TransactionOperations<Connection> tx, String table, String column) {
        this.tx = tx;
        this.table = table;
        this.column = column;
    }

    /** The ids among {@code ids} stored in {@code workspace}. */
    public Set<String> existing(String workspace, Collection<String> ids) {
        return find(workspace, ids).keySet();
    }

    /** The value of the column for each of {@code ids} stored in {@code workspace}. */
    public Map<String, String> find(String workspace, Collection<String> ids) {
        List<String> distinct = ids.stream().distinct().toList();
        if (distinct.isEmpty()) {
            return Map.of();
        }
        return tx.executeRead(status -> {
            Map<String, String> found = new HashMap<>();
            for (List<String> chunk : Chunks.of(distinct)) {
                query(status.getConnection(), workspace, chunk, found);
            }
            return found;
        });
    }

    /** Reads one result-set row of the table. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** The whole stored rows of {@code ids} in {@code workspace}, each read by {@code reader}, in no particular order. */
    public <T> List<T> rows(String workspace, Collection<String> ids, RowReader<T> reader) {
        List<String> distinct = ids.stream().distinct().toList();
        if (distinct.isEmpty()) {
            return List.of();
        }
        return tx.executeRead(status -> {
            List<T> found = new ArrayList<>();
            for (List<String> chunk : Chunks.of(distinct)) {
                String sql = "SELECT s.* FROM " + values(chunk.size()) + " JOIN " + table + " s ON s.workspace_id = ? AND s.id = wanted.id";
                try (PreparedStatement select = bind(status.getConnection().prepareStatement(sql), workspace, chunk);
                     ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        found.add(reader.read(rs));
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException("reading " + chunk.size() + " rows of " + table + " failed: " + e.getMessage(), e);
                }
            }
            return found;
        });
    }

    /**
     * The stored rows of {@code workspace} whose {@code keyColumn} is one of {@code keys}, read by {@code reader}, in no
     * particular order: the bulk read by lead or account. Each key is looked up by the (workspace_id, key) index with
     * one prepared statement per chunk of {@link Chunks#SIZE} keys. Neither an {@code IN} list nor a joined
     * {@code VALUES} list does that reliably on H2: its planner answers both, depending on the table's statistics, by
     * walking the whole workspace, which made reading 44k leads' histories take half an hour.
     */
    public <T> List<T> rowsBy(String keyColumn, String workspace, Collection<String> keys, RowReader<T> reader) {
        return columnsBy("*", keyColumn, workspace, keys, (key, rs) -> reader.read(rs));
    }

    /** Reads one result-set row of a lookup by key, told the key it was looked up by. */
    @FunctionalInterface
    public interface KeyedRowReader<T> {
        T read(String key, ResultSet rs) throws SQLException;
    }

    /**
     * As {@link #rowsBy}, reading only {@code columns} (a select list), and handing {@code reader} the key each row was
     * looked up by, which the select list need not repeat: when an index on the key holds every column, H2 and
     * PostgreSQL answer from the index alone, without reading the table's rows.
     */
    public <T> List<T> columnsBy(String columns, String keyColumn, String workspace, Collection<String> keys, KeyedRowReader<T> reader) {
        List<String> distinct = keys.stream().distinct().toList();
        if (distinct.isEmpty()) {
            return List.of();
        }
        String sql = "SELECT " + columns + " FROM " + table + " WHERE workspace_id = ? AND " + keyColumn + " = ?";
        List<T> found = new ArrayList<>();
        for (List<String> chunk : Chunks.of(distinct)) {
            tx.executeRead(status -> {
                try (PreparedStatement select = status.getConnection().prepareStatement(sql)) {
                    select.setString(1, workspace);
                    for (String key : chunk) {
                        select.setString(2, key);
                        try (ResultSet rs = select.executeQuery()) {
                            while (rs.next()) {
                                found.add(reader.read(key, rs));
                            }
                        }
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException("reading the " + table + " of " + chunk.size() + " keys failed: " + e.getMessage(), e);
                }
                return null;
            });
        }
        return found;
    }

    private static String values(int n) {
        return "(VALUES " + String.join(", ", Collections.nCopies(n, "(?)")) + ") AS wanted(id)";
    }

    private static PreparedStatement bind(PreparedStatement select, String workspace, List<String> ids) throws SQLException {
        for (int i = 0; i < ids.size(); i++) {
            select.setString(i + 1, ids.get(i));
        }
        select.setString(ids.size() + 1, workspace);
        return select;
    }

    private void query(Connection connection, String workspace, List<String> ids, Map<String, String> found) {
        String sql = "SELECT s.id, s." + column + " FROM (VALUES " + String.join(", ", Collections.nCopies(ids.size(), "(?)"))
                + ") AS wanted(id) JOIN " + table + " s ON s.workspace_id = ? AND s.id = wanted.id";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < ids.size(); i++) {
                select.setString(i + 1, ids.get(i));
            }
            select.setString(ids.size() + 1, workspace);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getString(1), rs.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("looking up " + ids.size() + " ids in " + table + " failed: " + e.getMessage(), e);
        }
    }
}
