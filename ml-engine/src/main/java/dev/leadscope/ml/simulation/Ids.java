package dev.leadscope.ml.simulation;

import java.time.Instant;

/** Formats the simulator's identifiers, instants and decimals the same way on every run. */
final class Ids {
    private Ids() {
    }

    static String event(long n) {
        return "ev-" + pad(n, 9);
    }

    static String lead(long n) {
        return "lead-" + pad(n, 7);
    }

    static String note(long n) {
        return "note-" + pad(n, 7);
    }

    static String outcome(long n) {
        return "out-" + pad(n, 7);
    }

    static String instant(long epochSecond) {
        return Instant.ofEpochSecond(epochSecond).toString();
    }

    /** {@code value} rounded to {@code decimals} places, without exponent and without locale. */
    static String decimal(double value, int decimals) {
        return java.math.BigDecimal.valueOf(value).setScale(decimals, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static String pad(long n, int width) {
        String digits = Long.toString(n);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }
}
