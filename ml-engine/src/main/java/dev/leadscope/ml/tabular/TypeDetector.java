package dev.leadscope.ml.tabular;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides a column's type from its non-missing cells, in this order: no values → CATEGORY; all yes/no,
 * true/false, y/n or 0/1 → BOOLEAN; all numbers → NUMBER; all ISO dates or date-times → TIMESTAMP; free
 * text (on average four or more words and mostly distinct values) → TEXT; anything else → CATEGORY.
 */
public final class TypeDetector {
    private TypeDetector() {
    }

    static ColumnType detect(List<String[]> rows, int column) {
        boolean allBool = true;
        boolean allNumber = true;
        boolean allTime = true;
        int present = 0;
        long words = 0;
        Set<String> distinct = new HashSet<>();
        for (String[] row : rows) {
            String v = row[column];
            if (v == null) {
                continue;
            }
            present++;
            if (allBool && Values.bool(v) == null) {
                allBool = false;
            }
            if (allNumber && Double.isNaN(Values.number(v))) {
                allNumber = false;
            }
            if (allTime && (allNumber || Values.instant(v) == null)) {
                allTime = false;
            }
            if (distinct.size() <= 10_000) {
                distinct.add(v);
            }
            words += wordCount(v);
        }
        if (present == 0) {
            return ColumnType.CATEGORY;
        }
        if (allBool) {
            return ColumnType.BOOLEAN;
        }
        if (allNumber) {
            return ColumnType.NUMBER;
        }
        if (allTime) {
            return ColumnType.TIMESTAMP;
        }
        double meanWords = (double) words / present;
        double distinctShare = (double) distinct.size() / present;
        return meanWords >= 4.0 && distinctShare > 0.5 ? ColumnType.TEXT : ColumnType.CATEGORY;
    }

    static int wordCount(String v) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < v.length(); i++) {
            boolean letter = !Character.isWhitespace(v.charAt(i));
            if (letter && !inWord) {
                n++;
            }
            inWord = letter;
        }
        return n;
    }
}
