package dev.leadscope.ml.tabular;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Parses cell text into numbers, booleans and instants; every parser returns "no value" rather than throwing. */
public final class Values {
    private Values() {
    }

    /** The number in {@code text}, or NaN when it is missing or not a number. */
    public static double number(String text) {
        if (text == null) {
            return Double.NaN;
        }
        String t = text.strip();
        if (t.isEmpty() || !looksNumeric(t)) {
            return Double.NaN;
        }
        try {
            double v = Double.parseDouble(t);
            return Double.isFinite(v) ? v : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static boolean looksNumeric(String t) {
        char c = t.charAt(0);
        if (!(c == '-' || c == '+' || c == '.' || Character.isDigit(c))) {
            return false;
        }
        for (int i = 1; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (!(Character.isDigit(ch) || ch == '.' || ch == 'e' || ch == 'E' || ch == '-' || ch == '+')) {
                return false;
            }
        }
        return true;
    }

    /** TRUE for yes/true/y/1, FALSE for no/false/n/0 (any case), null otherwise. */
    public static Boolean bool(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "true", "y", "1", "1.0" -> Boolean.TRUE;
            case "no", "false", "n", "0", "0.0" -> Boolean.FALSE;
            default -> null;
        };
    }

    /**
     * The instant in {@code text} (ISO date, ISO date-time with or without offset, or "yyyy-MM-dd HH:mm:ss";
     * times without an offset are read as UTC), or null.
     */
    public static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (t.length() < 10 || !Character.isDigit(t.charAt(0)) || t.charAt(4) != '-' || t.charAt(7) != '-') {
            return null;
        }
        try {
            if (t.length() == 10) {
                return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            String iso = t.charAt(10) == ' ' ? t.substring(0, 10) + 'T' + t.substring(11) : t;
            char last = iso.charAt(iso.length() - 1);
            if (last == 'Z' || iso.lastIndexOf('+') > 10 || iso.lastIndexOf('-') > 10) {
                return OffsetDateTime.parse(iso).toInstant();
            }
            return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            return null;
        }
    }
}
