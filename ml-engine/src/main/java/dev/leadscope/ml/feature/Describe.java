package dev.leadscope.ml.feature;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Wording helpers for reasons: column names in sentence case and numbers with thousands separators. */
public final class Describe {
    /** Labels are worded once per column name (past this many names, each time). */
    private static final int MAX_KEPT = 10_000;
    private static final Map<String, String> LABELS = new ConcurrentHashMap<>();
    // a format is not thread-safe: one per thread instead of a new one per number
    private static final ThreadLocal<DecimalFormat> NUMBER = ThreadLocal.withInitial(() ->
            new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)));

    private Describe() {
    }

    /** "Total Time Spent on Website" → "Total time spent on website"; all-caps and camel-case words are kept. */
    public static String label(String column) {
        String kept = LABELS.get(column);
        if (kept != null) {
            return kept;
        }
        String label = worded(column);
        if (LABELS.size() < MAX_KEPT) {
            LABELS.put(column, label);
        }
        return label;
    }

    private static String worded(String column) {
        String[] words = column.strip().split("[\\s_]+");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (i > 0) {
                b.append(' ');
            }
            boolean acronym = w.length() > 1 && (w.equals(w.toUpperCase(Locale.ROOT)) && w.chars().anyMatch(Character::isLetter)
                    || !w.substring(1).equals(w.substring(1).toLowerCase(Locale.ROOT)));
            if (i == 0) {
                b.append(w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + (acronym ? w.substring(1) : w.substring(1).toLowerCase(Locale.ROOT)));
            } else {
                b.append(acronym ? w : w.toLowerCase(Locale.ROOT));
            }
        }
        return b.toString();
    }

    /** 1450.0 → "1,450"; 2.5 → "2.5". */
    public static String number(double v) {
        return NUMBER.get().format(v);
    }
}
