package dev.leadscope.rest.imports.run;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/** Live progress of an import, safe to read from another thread: bytes and rows read so far, and the source running. */
public final class ImportProgress {
    private final AtomicLong bytesRead = new AtomicLong();
    private final AtomicLong rowsRead = new AtomicLong();
    private final AtomicLong totalBytes = new AtomicLong();
    private final AtomicReference<String> current = new AtomicReference<>("");

    public AtomicLong bytesCounter() {
        return bytesRead;
    }

    public long bytesRead() {
        return bytesRead.get();
    }

    public long rowsRead() {
        return rowsRead.get();
    }

    public long totalBytes() {
        return totalBytes.get();
    }

    public String current() {
        return current.get();
    }

    /** Fraction of all bytes to read that were read, 0..1. */
    public double fraction() {
        long total = totalBytes.get();
        return total == 0 ? 0 : Math.min(1.0, (double) bytesRead.get() / total);
    }

    void start(long total) {
        totalBytes.set(total);
    }

    void row() {
        rowsRead.incrementAndGet();
    }

    void source(String name) {
        current.set(name);
    }
}
