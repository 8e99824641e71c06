package dev.leadscope.rest.cli.load;

import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/**
 * What one request stream saw: answers counted by status (or by exception when none came), the latency from the
 * intended moment of every request after the warm-up (requests {@code warmup} and on), and how many of those took
 * longer than a bound in each second they were due, so that a tail spread evenly can be told from one that comes in
 * bursts.
 */
public final class StreamStats implements OpenLoopDriver.Listener {
    private final long warmup;
    private final LatencyHistogram latency = new LatencyHistogram();
    private final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
    private final LongAdder ok = new LongAdder();
    private final LongAdder measuredOk = new LongAdder();
    private final long slowMicros;
    private final Map<Long, LongAdder> slowBySecond = new ConcurrentHashMap<>();
    private final LongAccumulator firstSecond = new LongAccumulator(Math::min, Long.MAX_VALUE);
    private final LongAccumulator lastSecond = new LongAccumulator(Math::max, Long.MIN_VALUE);

    /** @param slowMicros measured requests slower than this are counted per second they were due ({@link #slowSeconds}) */
    public StreamStats(long warmup, long slowMicros) {
        if (slowMicros <= 0) {
            throw new IllegalArgumentException("slowMicros must be > 0: " + slowMicros);
        }
        this.warmup = warmup;
        this.slowMicros = slowMicros;
    }

    @Override
    public void completed(OpenLoopDriver.Completion c) {
        outcomes.computeIfAbsent(c.outcome(), k -> new LongAdder()).increment();
        if (c.ok()) {
            ok.increment();
        }
        if (c.index() >= warmup) {
            latency.record(c.latencyMicros());
            long second = Math.floorDiv(c.intendedNanos(), 1_000_000_000L);
            firstSecond.accumulate(second);
            lastSecond.accumulate(second);
            if (c.latencyMicros() > slowMicros) {
                slowBySecond.computeIfAbsent(second, k -> new LongAdder()).increment();
            }
            if (c.ok()) {
                measuredOk.increment();
            }
        }
    }

    /** Requests before this index are the warm-up. */
    public long warmup() {
        return warmup;
    }

    public LatencyHistogram latency() {
        return latency;
    }

    /**
     * Measured requests slower than {@link #slowMicros}, by the second they were due: 0 is the first second of the
     * measured part; seconds without one are left out.
     */
    public SortedMap<Long, Long> slowSeconds() {
        SortedMap<Long, Long> bySecond = new TreeMap<>();
        long first = firstSecond.get();
        slowBySecond.forEach((second, n) -> bySecond.put(second - first, n.sum()));
        return bySecond;
    }

    /** How many seconds the measured requests were due in (first to last, both counted); 0 when none was measured. */
    public long measuredSeconds() {
        return latency.count() == 0 ? 0 : lastSecond.get() - firstSecond.get() + 1;
    }

    /**
     * One line on the slow requests: how many, in how many of the measured seconds, and the seconds with the most;
     * e.g. {@code 1,203 over 5.00 ms, in 31 of 60 s; most at +12 s (245), +40 s (130), +3 s (88)}.
     */
    public String describeSlow() {
        SortedMap<Long, Long> slow = slowSeconds();
        long total = slow.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%,d over %s, in %d of %d s", total,
                LatencyHistogram.millis(slowMicros), slow.size(), measuredSeconds()));
        if (!slow.isEmpty()) {
            b.append("; most at ").append(slow.entrySet().stream()
                    .sorted(Map.Entry.<Long, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(5).map(e -> String.format(Locale.ROOT, "+%d s (%,d)", e.getKey(), e.getValue()))
                    .collect(Collectors.joining(", ")));
        }
        return b.toString();
    }

    /** 2xx answers, warm-up included. */
    public long ok() {
        return ok.sum();
    }

    /** 2xx answers after the warm-up. */
    public long measuredOk() {
        return measuredOk.sum();
    }

    /** Answers that were neither 2xx nor a 429 sent again: status or exception name, and how many. */
    public Map<String, Long> errors() {
        Map<String, Long> errors = new TreeMap<>();
        outcomes.forEach((k, v) -> {
            if (!(k.length() == 3 && k.charAt(0) == '2')) {
                errors.put(k, v.sum());
            }
        });
        return errors;
    }

    public long errorCount() {
        return errors().values().stream().mapToLong(Long::longValue).sum();
    }
}
