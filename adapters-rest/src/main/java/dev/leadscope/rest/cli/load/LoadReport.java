package dev.leadscope.rest.cli.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** What a load run measured, and its verdict against each target. */
public record LoadReport(LoadPlan plan, int eventLeads, int readLeads, StreamStats events, double eventSendingSeconds,
                         long eventsThrottled, StreamStats reads, double readSendingSeconds, long readsThrottled,
                         ScoreLag.Result lag, CountCheck count, boolean drained) {
    static final long LAG_P99_MICROS = 20_000;
    static final double LAG_RATE = 1_000;
    static final long READ_P99_MICROS = 5_000;
    static final double READ_RATE = 2_000;
    static final long TARGET_SECONDS = 60;

    /** One target: its name, whether it was met, and why not. */
    public record Verdict(String target, boolean pass, String detail) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-4s %s%s", pass ? "PASS" : "FAIL", target, detail.isEmpty() ? "" : " (" + detail + ")");
        }
    }

    public List<Verdict> verdicts() {
        List<Verdict> v = new ArrayList<>();
        v.add(latency("event → score stored p99 <= 20 ms at 1,000 events/s for 60 s", lag.lag(), LAG_P99_MICROS,
                plan.eventRate(), LAG_RATE, eventSendingSeconds, events.latency().count()));
        v.add(latency("GET /api/v1/leads/{id}/score p99 <= 5 ms at 2,000 requests/s", reads.latency(), READ_P99_MICROS,
                plan.readRate(), READ_RATE, readSendingSeconds, reads.latency().count()));
        List<String> problems = new ArrayList<>();
        if (events.errorCount() + reads.errorCount() > 0) {
            problems.add(events.errorCount() + reads.errorCount() + " errors");
        }
        if (!count.matches()) {
            problems.add(count.missing() + " accepted events not stored, " + count.unexpected() + " stored without a 2xx");
        }
        if (lag.unscored() > 0) {
            problems.add(lag.unscored() + " accepted events without a later score");
        }
        if (!drained) {
            problems.add("requests still unanswered at the end");
        }
        v.add(new Verdict("no errors and no lost events", problems.isEmpty(), String.join(", ", problems)));
        return v;
    }

    private Verdict latency(String target, LatencyHistogram h, long p99Limit, double rate, double targetRate, double sendingSeconds,
                            long measured) {
        List<String> why = new ArrayList<>();
        if (measured == 0 || h.count() == 0) {
            return new Verdict(target, false, "nothing measured");
        }
        if (h.percentile(99) > p99Limit) {
            why.add(String.format(Locale.ROOT, "p99 %s", LatencyHistogram.millis(h.percentile(99))));
        }
        if (rate < targetRate || plan.duration().toSeconds() < TARGET_SECONDS) {
            why.add(String.format(Locale.ROOT, "ran %,.0f/s for %d s, below the target load", rate, plan.duration().toSeconds()));
        }
        double achieved = measured / Math.max(sendingSeconds, plan.duration().toNanos() / 1e9);
        if (achieved < 0.99 * targetRate && rate >= targetRate) {
            why.add(String.format(Locale.ROOT, "sent only %,.0f/s", achieved));
        }
        return new Verdict(target, why.isEmpty(), String.join(", ", why));
    }

    /** Whether every accepted event was answered, stored and scored, without errors. */
    public boolean correct() {
        return verdicts().get(2).pass();
    }

    public String describe() {
        StringBuilder b = new StringBuilder();
        double seconds = plan.duration().toNanos() / 1e9;
        b.append(String.format(Locale.ROOT, "%nevents:   %,d answered 2xx after warm-up (%,.0f/s of %,.0f/s planned; sending took %.1f s for %.0f s), "
                + "%,d throttled (429, sent again)%n", events.measuredOk(), events.measuredOk() / seconds, plan.eventRate(),
                eventSendingSeconds, seconds, eventsThrottled));
        b.append("          POST /api/v1/events latency from intended send: ").append(events.latency().describe()).append('\n');
        b.append("          POST, the slow ones by the second due:          ").append(events.describeSlow()).append('\n');
        b.append("          event → score stored:                           ").append(lag.lag().describe()).append('\n');
        b.append(String.format(Locale.ROOT, "          scored %,d of %,d accepted events (warm-up included); unscored %,d%s%n", lag.scored(),
                lag.scored() + lag.unscored(), lag.unscored(), lag.unscoredSample().isEmpty() ? "" : " e.g. " + lag.unscoredSample()));
        b.append(String.format(Locale.ROOT, "reads:    %,d answered 2xx after warm-up (%,.0f/s of %,.0f/s planned; sending took %.1f s), "
                + "%,d throttled%n", reads.measuredOk(), reads.measuredOk() / seconds, plan.readRate(), readSendingSeconds, readsThrottled));
        b.append("          GET /api/v1/leads/{id}/score latency:               ").append(reads.latency().describe()).append('\n');
        b.append("          GET, the slow ones by the second due:               ").append(reads.describeSlow()).append('\n');
        Map<String, Long> errors = new TreeMap<>();
        events.errors().forEach((k, n) -> errors.put("event " + k, n));
        reads.errors().forEach((k, n) -> errors.put("read " + k, n));
        b.append("errors:   ").append(errors.isEmpty() ? "none" : errors.toString()).append('\n');
        b.append(String.format(Locale.ROOT, "count:    %,d events answered 2xx, %,d of the run's events stored: %s%s%n", count.expected(),
                count.found(), count.matches() ? "they match" : count.missing() + " missing, " + count.unexpected() + " stored without a 2xx",
                count.missingSample().isEmpty() ? "" : " e.g. " + count.missingSample()));
        b.append(String.format(Locale.ROOT, "leads:    %,d for events, %,d for reads%n%n", eventLeads, readLeads));
        verdicts().forEach(v -> b.append(v).append('\n'));
        return b.toString();
    }
}
