package dev.leadscope.ml.service;

/** Wall-clock time of each phase of a run, for the progress messages. */
final class PhaseClock {
    private final long start = System.nanoTime();
    private long last = start;

    String lap() {
        long now = System.nanoTime();
        String s = seconds(now - last);
        last = now;
        return s;
    }

    String total() {
        return seconds(System.nanoTime() - start);
    }

    private static String seconds(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f s", nanos / 1e9);
    }
}
