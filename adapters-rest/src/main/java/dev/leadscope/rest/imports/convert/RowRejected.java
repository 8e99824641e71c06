package dev.leadscope.rest.imports.convert;

/** A row cannot be imported: the column at fault (or "-" for the whole row), the cell's text, and why. */
public final class RowRejected extends RuntimeException {
    private final String column;
    private final String value;

    public RowRejected(String column, String value, String reason) {
        super(reason, null, false, false);
        this.column = column;
        this.value = value;
    }

    public String column() {
        return column;
    }

    public String value() {
        return value;
    }

    public String reason() {
        return getMessage();
    }
}
