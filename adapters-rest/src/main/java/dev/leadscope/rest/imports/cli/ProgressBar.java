package dev.leadscope.rest.imports.cli;

import java.io.PrintWriter;
import java.util.function.Supplier;

/**
 * Draws import progress on stderr every half second: a bar of bytes read, rows read, rows per second and the
 * source running. On a terminal it redraws one line; otherwise it prints a line every ten seconds.
 */
public final class ProgressBar implements AutoCloseable {
    /** What the bar shows: rows read, fraction of bytes read (0..1), and the current source. */
    public record Reading(long rows, double fraction, String source) {
    }

    private final PrintWriter err;
    private final Supplier<Reading> reading;
    private final boolean terminal;
    private final Thread thread;
    private final long started = System.nanoTime();
    private volatile boolean running = true;

    public ProgressBar(PrintWriter err, Supplier<Reading> reading) {
        this.err = err;
        this.reading = reading;
        this.terminal = System.console() != null;
        this.thread = new Thread(this::loop, "import-progress");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        long ticks = 0;
        while (running) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            }
            ticks++;
            if (terminal) {
                err.print("\r" + line());
                err.flush();
            } else if (ticks % 20 == 0) {
                err.println(line());
            }
        }
    }

    String line() {
        Reading r = reading.get();
        double seconds = Math.max(0.001, (System.nanoTime() - started) / 1e9);
        int filled = (int) Math.round(r.fraction() * 30);
        String source = r.source() == null ? "" : r.source();
        return String.format("[%s%s] %5.1f%%  %,d rows  %,.0f rows/s  %s", "#".repeat(filled), ".".repeat(30 - filled),
                r.fraction() * 100, r.rows(), r.rows() / seconds, source.length() > 30 ? source.substring(0, 30) : source);
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (terminal) {
            err.println("\r" + line());
        }
        err.flush();
    }
}
