package dev.leadscope.rest.common;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads the one timestamp form exports and API clients write most, {@code yyyy-MM-ddTHH:mm:ss[.fraction]Z}, without
 * the general ISO-8601 parser: one pass over the characters instead of a parse context per value, which was a few per
 * cent of an import's CPU and of an event request's. Anything else (other offsets, zones, years beyond four digits, a
 * leap second) is left to that parser.
 */
public final class UtcInstants {
    private static final int SHORTEST = "2024-01-01T00:00:00Z".length();
    private static final int LONGEST = "2024-01-01T00:00:00.123456789Z".length();

    private UtcInstants() {
    }

    /**
     * The instant {@code text} names when it has exactly that form, else {@code null}. A date that does not exist
     * (February 30) throws {@link java.time.DateTimeException}, as the general parser does.
     */
    public static Instant parse(String text) {
        int n = text.length();
        if (n < SHORTEST || n > LONGEST || n == SHORTEST + 1 || text.charAt(n - 1) != 'Z'
                || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        int nanos = 0;
        if (n > SHORTEST) {
            if (text.charAt(19) != '.') {
                return null;
            }
            int fraction = digits(text, 20, n - 1);
            if (fraction < 0) {
                return null;
            }
            nanos = fraction;
            for (int i = n - 1 - 20; i < 9; i++) {
                nanos *= 10;
            }
        }
        long days = LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(days * 86_400L + hour * 3_600L + minute * 60L + second, nanos);
    }

    /** The decimal number written in {@code text} from {@code from} to {@code to} (exclusive), or -1 when a character is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
