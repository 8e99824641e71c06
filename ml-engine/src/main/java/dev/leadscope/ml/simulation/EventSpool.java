package dev.leadscope.ml.simulation;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Spools events to one temporary file per week as packed longs, then writes events.csv sorted by time
 * (ties by lead, type, category) week by week, so memory holds one week of events at a time. Event ids are
 * given in output order. About 0.2 % of rows are sent twice (same id and content), and 2 % of page views
 * lose their category, as real exports do.
 */
final class EventSpool implements AutoCloseable {
    private static final int LEAD_BITS = 35;
    private final Path dir;
    private final long originEpoch;
    private final long endExclusive;
    private final DataOutputStream[] buckets;

    EventSpool(Path outputDir, long originEpoch, long endExclusive, int weeks) {
        this.originEpoch = originEpoch;
        this.endExclusive = endExclusive;
        try {
            this.dir = Files.createTempDirectory(outputDir, ".events-");
            this.buckets = new DataOutputStream[weeks];
            for (int w = 0; w < weeks; w++) {
                buckets[w] = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(bucket(w)), 1 << 13));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the event spool under " + outputDir, e);
        }
    }

    private Path bucket(int week) {
        return dir.resolve(week + ".bin");
    }

    /** Adds an event; those outside the simulated period are dropped. Returns whether it was kept. */
    boolean add(long at, long leadNumber, byte type, byte category) {
        if (at < originEpoch || at >= endExclusive) {
            return false;
        }
        long offset = at - originEpoch;
        int week = (int) (offset / SessionEmitter.WEEK);
        if (week >= buckets.length) {
            return false;
        }
        long key = (offset % SessionEmitter.WEEK) << (LEAD_BITS + 7) | leadNumber << 7 | (long) type << 3 | category;
        try {
            buckets[week].writeLong(key);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot spool events", e);
        }
        return true;
    }

    /** Writes every spooled event to {@code out} in time order; returns the number of rows written. */
    long drainTo(CsvWriter out, SplittableRandom junk) {
        long id = 0;
        try {
            for (int w = 0; w < buckets.length; w++) {
                buckets[w].close();
                long[] keys = read(bucket(w));
                Files.delete(bucket(w));
                Arrays.sort(keys);
                long weekStart = originEpoch + w * SessionEmitter.WEEK;
                for (long key : keys) {
                    long at = weekStart + (key >>> (LEAD_BITS + 7));
                    long lead = (key >>> 7) & ((1L << LEAD_BITS) - 1);
                    int type = (int) (key >>> 3) & 0xF;
                    int category = (int) key & 0x7;
                    String cat = category != 0 && junk.nextDouble() < 0.02 ? null : EventCodes.CATEGORIES[category];
                    Object[] row = {Ids.event(++id), Ids.lead(lead), EventCodes.TYPES[type], cat, Ids.instant(at)};
                    out.row(row);
                    if (junk.nextDouble() < 0.002) {
                        out.row(row);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the event spool", e);
        }
        return out.rows();
    }

    private static long[] read(Path file) throws IOException {
        long size = Files.size(file) / Long.BYTES;
        long[] keys = new long[Math.toIntExact(size)];
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            for (int i = 0; i < keys.length; i++) {
                keys[i] = in.readLong();
            }
        }
        return keys;
    }

    @Override
    public void close() {
        try {
            for (int w = 0; w < buckets.length; w++) {
                buckets[w].close();
                Files.deleteIfExists(bucket(w));
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the event spool " + dir, e);
        }
    }
}
