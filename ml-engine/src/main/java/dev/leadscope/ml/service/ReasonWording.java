package dev.leadscope.ml.service;

import dev.leadscope.ml.feature.Describe;
import dev.leadscope.ml.tabular.Values;
import java.util.Locale;

/** Words a snapshot column and its value the way a sales rep would say it. */
final class ReasonWording {
    private ReasonWording() {
    }

    static String describe(String column, String cell, double effect) {
        double v = Values.number(cell);
        String account = AccountReasonWording.describe(column, v, effect);
        if (account != null) {
            return account;
        }
        if (column.startsWith("ev.") && column.indexOf('.', 3) > 0) {
            String key = column.substring(3, column.lastIndexOf('.'));
            String what = column.substring(column.lastIndexOf('.') + 1);
            String activity = activity(key);
            return switch (what) {
                case "n7" -> count(activity, v) + " in the last 7 days";
                case "n30" -> count(activity, v) + " in the last 30 days";
                case "n90" -> count(activity, v) + " in the last 90 days";
                case "recency_days" -> Double.isNaN(v) ? "No " + activity + " yet"
                        : key.equals("all") && Math.round(v) > 0 ? "No activity for " + days(Math.round(v))
                        : "Last " + activity + " " + days(Math.round(v)) + " ago";
                case "velocity" -> (v > 0 ? "More " : "Less ") + activity + " this week than in the three weeks before";
                case "decayed" -> (effect > 0 ? "Recent " : "Little recent ") + activity;
                default -> Describe.label(column) + ": " + cell;
            };
        }
        if (column.startsWith("notes.says_")) {
            String topic = column.substring("notes.says_".length()).replace('_', ' ');
            return v > 0 ? "Notes mention " + topic : "Notes do not mention " + topic;
        }
        if (column.equals("notes.text")) {
            return "What the notes say";
        }
        if (column.startsWith("attr.")) {
            String name = column.substring(column.indexOf('.', 5) + 1);
            return Describe.label(name) + ": " + (cell == null ? "unknown" : cell);
        }
        String label = Describe.label(column);
        if (cell == null) {
            return label + ": unknown";
        }
        return label + ": " + (Double.isNaN(v) ? title(cell) : Describe.number(v));
    }

    /** An event key ("page_view:pricing") as words ("page view (pricing)"); "all" is any activity. */
    static String activity(String key) {
        if (key.equals("all")) {
            return "activity";
        }
        int colon = key.indexOf(':');
        String type = (colon < 0 ? key : key.substring(0, colon)).replace('_', ' ');
        return colon < 0 ? type : type + " (" + key.substring(colon + 1).replace('_', ' ') + ")";
    }

    /** A whole number of days in words: "less than a day", "1 day", "45 days". */
    static String days(long n) {
        return n == 0 ? "less than a day" : n == 1 ? "1 day" : n + " days";
    }

    /** "Page view (pricing) 3 times", or "No page view (pricing)". */
    static String count(String activity, double v) {
        long n = Double.isNaN(v) ? 0 : Math.round(v);
        return n == 0 ? "No " + activity : Character.toUpperCase(activity.charAt(0)) + activity.substring(1) + " " + n
                + (n == 1 ? " time" : " times");
    }

    private static String title(String cell) {
        String s = cell.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
