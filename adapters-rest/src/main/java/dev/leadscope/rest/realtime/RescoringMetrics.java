package dev.leadscope.rest.realtime;

import dev.leadscope.domain.notify.Notification;
import dev.leadscope.domain.port.in.EventIngestResult;
import dev.leadscope.domain.port.out.StageTimes;
import dev.leadscope.domain.rescoring.CoalescingQueue;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The meters of ingest and rescoring (docs/realtime.md lists them): events ingested by outcome, queue depth, leads
 * pending, rescoring latency from acceptance to stored score, the time of each rescoring stage, rescorings, failures,
 * notifications published and bulk rescoring progress.
 */
@Singleton
public class RescoringMetrics implements StageTimes {
    private final MeterRegistry registry;
    private final Timer latency;
    private final Counter rescored;
    private final Counter failures;
    private final AtomicLong pendingLeads = new AtomicLong();
    private final AtomicLong bulkTotal = new AtomicLong();
    private final AtomicLong bulkDone = new AtomicLong();
    private final Map<String, Timer> stages = new ConcurrentHashMap<>();

    public RescoringMetrics(MeterRegistry registry, CoalescingQueue queue) {
        this.registry = registry;
        Gauge.builder("leadscope.rescoring.queue.depth", queue, CoalescingQueue::depth)
                .description("Events queued or reserved for rescoring").register(registry);
        Gauge.builder("leadscope.rescoring.queue.leads", queue, CoalescingQueue::leads)
                .description("Leads waiting in this instance's rescoring queue").register(registry);
        Gauge.builder("leadscope.rescoring.queue.capacity", queue, CoalescingQueue::capacity)
                .description("Events the rescoring queue holds before ingest answers 429").register(registry);
        Gauge.builder("leadscope.rescoring.pending", pendingLeads, AtomicLong::get)
                .description("Leads with a durable pending marker, as of the last sweep").register(registry);
        Gauge.builder("leadscope.rescoring.bulk.total", bulkTotal, AtomicLong::get)
                .description("Leads in the running (or last) bulk rescoring").register(registry);
        Gauge.builder("leadscope.rescoring.bulk.done", bulkDone, AtomicLong::get)
                .description("Leads done in the running (or last) bulk rescoring").register(registry);
        this.latency = Timer.builder("leadscope.rescoring.latency")
                .description("From an event accepted to the lead's new score stored")
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofMinutes(10))
                .register(registry);
        this.rescored = Counter.builder("leadscope.rescoring.leads").description("Leads rescored").register(registry);
        this.failures = Counter.builder("leadscope.rescoring.failures").description("Rescoring batches that failed and will be retried")
                .register(registry);
    }

    void ingested(List<EventIngestResult> results) {
        long accepted = 0;
        long duplicate = 0;
        long conflict = 0;
        long unknown = 0;
        for (EventIngestResult r : results) {
            if (r instanceof EventIngestResult.Accepted) {
                accepted++;
            } else if (r instanceof EventIngestResult.AlreadyAccepted) {
                duplicate++;
            } else if (r instanceof EventIngestResult.Conflict) {
                conflict++;
            } else {
                unknown++;
            }
        }
        count("accepted", accepted);
        count("duplicate", duplicate);
        count("conflict", conflict);
        count("unknown_lead", unknown);
    }

    void refused(int events) {
        count("refused", events);
    }

    private void count(String outcome, long n) {
        if (n > 0) {
            registry.counter("leadscope.events.ingested", "outcome", outcome).increment(n);
        }
    }

    void rescored(int leads, List<Duration> latencies) {
        rescored.increment(leads);
        latencies.forEach(latency::record);
    }

    /** Records one rescoring batch's stage as {@code leadscope.rescoring.stage} tagged with the stage. */
    @Override
    public void took(String stage, long nanos) {
        stages.computeIfAbsent(stage, s -> Timer.builder("leadscope.rescoring.stage").tag("stage", s)
                .description("Time of one stage of a real-time rescoring batch").register(registry))
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    void failed() {
        failures.increment();
    }

    void published(List<Notification> notifications) {
        for (Notification n : notifications) {
            registry.counter("leadscope.notifications.published", "kind", n.kind().wireName().toLowerCase(Locale.ROOT)).increment();
        }
    }

    void pending(long leads) {
        pendingLeads.set(leads);
    }

    void bulk(long done, long total) {
        bulkDone.set(done);
        bulkTotal.set(total);
    }
}
