package dev.leadscope.rest.cli.load;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads back what the service stored after a load run: the event leads' score histories (again for the leads
 * still missing a score, until {@code settle} has passed) and their timelines.
 */
final class ReadBack {
    static final int PARALLEL = 4;

    private final ServiceClient service;
    private final PrintWriter out;

    ReadBack(ServiceClient service, PrintWriter out) {
        this.service = service;
        this.out = out;
    }

    /** The lag of every accepted event, waiting up to {@code settle} for the leads whose last events are not scored yet. */
    ScoreLag.Result lag(List<SentEvent> accepted, List<String> leads, Duration settle) throws Exception {
        Map<Integer, List<SentEvent>> byLead = LoadBenchmark.byLead(accepted);
        Map<Integer, long[]> scoredAt = new ConcurrentHashMap<>();
        Set<Integer> pending = new HashSet<>(byLead.keySet());
        long deadline = System.nanoTime() + settle.toNanos();
        for (int pass = 0; ; pass++) {
            // a lead counts as unscored only when read after the settle time: a first pass slower than the settle time
            // (thousands of histories on a large workspace) still gets a second read of the leads it found unscored
            long passStarted = System.nanoTime();
            forEach(pending, lead -> scoredAt.put(lead, service.scoredAt(leads.get(lead))));
            Set<Integer> still = new HashSet<>();
            for (Integer lead : pending) {
                ScoreLag.Result r = ScoreLag.compute(byLead.get(lead), Map.of(lead, scoredAt.get(lead)));
                if (r.unscored() > 0) {
                    still.add(lead);
                }
            }
            pending = still;
            if (pending.isEmpty() || passStarted - deadline > 0) {
                break;
            }
            if (pass % 5 == 0) {
                out.printf(Locale.ROOT, "read-back: %,d leads still have events without a later score; waiting up to %d s...%n",
                        pending.size(), settle.toSeconds());
                out.flush();
            }
            Thread.sleep(1000);
        }
        return ScoreLag.compute(accepted, scoredAt);
    }

    /** Compares the accepted events with the run's events in the timelines of every lead sent one. */
    CountCheck count(List<SentEvent> accepted, Collection<Integer> touched, List<String> leads, Instant from, String prefix)
            throws Exception {
        List<String> stored = java.util.Collections.synchronizedList(new ArrayList<>());
        forEach(touched, lead -> stored.addAll(service.eventIds(leads.get(lead), from, prefix)));
        return CountCheck.of(accepted.stream().map(SentEvent::id).toList(), stored);
    }

    private interface LeadCall {
        void call(int lead) throws Exception;
    }

    private void forEach(Collection<Integer> leads, LeadCall call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            List<Future<?>> calls = new ArrayList<>(leads.size());
            for (Integer lead : leads) {
                calls.add(pool.submit(() -> {
                    call.call(lead);
                    return null;
                }));
            }
            for (Future<?> f : calls) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
