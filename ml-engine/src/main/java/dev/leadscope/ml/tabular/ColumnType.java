package dev.leadscope.ml.tabular;

/** What kind of values a table column holds; decides how the column becomes features. */
public enum ColumnType {
    NUMBER, BOOLEAN, CATEGORY, TEXT, TIMESTAMP
}
