package dev.leadscope.ml.tabular;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A read-only table of text cells with named columns, the source line of every row and a detected type per
 * column; missing cells are null. Safe to share between threads once built.
 */
public final class Table {
    private final List<String> columns;
    private final Map<String, Integer> index;
    private final List<String[]> rows;
    private final int[] lines;
    private final List<ColumnType> types;

    Table(List<String> columns, List<String[]> rows, int[] lines, List<ColumnType> types) {
        this.columns = List.copyOf(columns);
        this.rows = rows;
        this.lines = lines;
        this.types = List.copyOf(types);
        this.index = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            if (index.putIfAbsent(columns.get(i), i) != null) {
                throw new IllegalArgumentException("column '" + columns.get(i) + "' appears twice in the header");
            }
        }
    }

    /** Builds a table from rows already split into cells (missing cells null), detecting column types. */
    public static Table of(List<String> columns, List<String[]> rows, int[] lines) {
        List<ColumnType> types = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            types.add(TypeDetector.detect(rows, c));
        }
        return new Table(columns, rows, lines, types);
    }

    /** Builds a table whose column types are known in advance (no detection), e.g. computed feature rows. */
    public static Table typed(List<String> columns, List<String[]> rows, int[] lines, List<ColumnType> types) {
        if (types.size() != columns.size()) {
            throw new IllegalArgumentException("one type per column needed: " + columns.size() + " columns, " + types.size() + " types");
        }
        return new Table(columns, rows, lines, types);
    }

    public List<String> columns() {
        return columns;
    }

    public int rowCount() {
        return rows.size();
    }

    public ColumnType type(int column) {
        return types.get(column);
    }

    /** The cell text, or null when missing. */
    public String cell(int row, int column) {
        return rows.get(row)[column];
    }

    /** The 1-based line of the file on which the row starts. */
    public int line(int row) {
        return lines[row];
    }

    public boolean has(String column) {
        return index.containsKey(column);
    }

    /** The position of a column, or an error naming it and the columns there are. */
    public int column(String name) {
        Integer i = index.get(name);
        if (i == null) {
            throw new IllegalArgumentException("column '" + name + "' is not in the file; its columns are " + columns);
        }
        return i;
    }

    /** The rows at the given positions, keeping this table's column types. */
    public Table select(int[] rowPositions) {
        List<String[]> picked = new ArrayList<>(rowPositions.length);
        int[] pickedLines = new int[rowPositions.length];
        for (int i = 0; i < rowPositions.length; i++) {
            picked.add(rows.get(rowPositions[i]));
            pickedLines[i] = lines[rowPositions[i]];
        }
        return new Table(columns, picked, pickedLines, types);
    }
}
