package dev.leadscope.rest.cli.load;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What one request stream saw: answers counted by status (or by exception when none came), and the latency from the
 * intended moment of every request after the warm-up (requests {@code warmup} and on).
 */
public final class StreamStats implements OpenLoopDriver.Listener {
    private final long warmup;
    private final LatencyHistogram latency = new LatencyHistogram();
    private final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
    private final LongAdder ok = new LongAdder();
    private final LongAdder measuredOk = new LongAdder();

    public StreamStats(long warmup) {
        this.warmup = warmup;
    }

    @Override
    public void completed(OpenLoopDriver.Completion c) {
        outcomes.computeIfAbsent(c.outcome(), k -> new LongAdder()).increment();
        if (c.ok()) {
            ok.increment();
        }
        if (c.index() >= warmup) {
            latency.record(c.latencyMicros());
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
