package dev.leadscope.rest.cli;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.event.EventId;
import dev.leadscope.domain.event.EventType;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.lead.LeadSource;
import dev.leadscope.domain.port.in.EventIngestResult;
import dev.leadscope.domain.port.in.IngestEventsUseCase;
import dev.leadscope.domain.port.in.ManageLeadsUseCase;
import dev.leadscope.domain.port.in.ManageLeadsUseCase.LeadDetails;
import dev.leadscope.domain.port.in.ManageLeadsUseCase.LeadUpsert;
import dev.leadscope.domain.port.out.ActivityEvents;
import io.micronaut.context.ApplicationContext;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Drives the same generated events through the ingest use case in-process, in batches, so that the figure is the
 * ingest engine's (lead check, duplicate check, append to the store) without HTTP and JSON in front of it.
 */
final class DirectIngestBenchmark {
    private final ApplicationContext context;
    private final PrintWriter out;

    DirectIngestBenchmark(ApplicationContext context, PrintWriter out) {
        this.context = context;
        this.out = out;
    }

    IngestBenchmark.Report run(IngestBenchmark.Plan plan) throws Exception {
        ActivityEvents store = context.getBean(ActivityEvents.class);
        IngestEventsUseCase ingest = context.getBean(IngestEventsUseCase.class);
        long storedBefore = store.count(WorkspaceId.DEFAULT);
        String run = UUID.randomUUID().toString().substring(0, 8);
        long leadStart = System.nanoTime();
        createLeads(run, plan);
        double leadSeconds = (System.nanoTime() - leadStart) / 1e9;
        out.printf("Created %,d leads in %.1f s; preparing %,d events (in-process: no HTTP, no JSON)%n", plan.leads(), leadSeconds,
                plan.events());

        List<List<ActivityEvent>> batches = batches(run, plan);
        long[] latencies = new long[batches.size()];
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        long cpuStart = IngestBenchmark.processCpuNanos();
        ExecutorService pool = Executors.newFixedThreadPool(plan.concurrency());
        try {
            List<Future<Long>> workers = new ArrayList<>();
            for (int w = 0; w < plan.concurrency(); w++) {
                workers.add(pool.submit(() -> {
                    long accepted = 0;
                    for (int i = next.getAndIncrement(); i < batches.size(); i = next.getAndIncrement()) {
                        long t0 = System.nanoTime();
                        List<EventIngestResult> results = ingest.ingest(WorkspaceId.DEFAULT, batches.get(i));
                        latencies[i] = System.nanoTime() - t0;
                        accepted += results.stream().filter(r -> r instanceof EventIngestResult.Accepted).count();
                    }
                    return accepted;
                }));
            }
            long accepted = 0;
            for (Future<Long> worker : workers) {
                accepted += worker.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (IngestBenchmark.processCpuNanos() - cpuStart) / 1e9;
            long storedDelta = store.count(WorkspaceId.DEFAULT) - storedBefore;
            return new IngestBenchmark.Report(plan.events(), accepted, storedDelta, batches.size(), seconds, cpuSeconds, leadSeconds,
                    latencies);
        } finally {
            pool.shutdownNow();
        }
    }

    private void createLeads(String run, IngestBenchmark.Plan plan) {
        ManageLeadsUseCase leads = context.getBean(ManageLeadsUseCase.class);
        List<LeadUpsert> chunk = new ArrayList<>();
        for (int i = 0; i < plan.leads(); i++) {
            chunk.add(new LeadUpsert(new LeadId(leadId(run, i)), new LeadDetails(null, null, null, null, "Head of Marketing",
                    new LeadSource("benchmark", null), null, null, null, null)));
            if (chunk.size() == 1_000 || i == plan.leads() - 1) {
                leads.upsertAll(WorkspaceId.DEFAULT, chunk);
                chunk = new ArrayList<>();
            }
        }
    }

    /** The same events the HTTP benchmark sends, as domain objects. */
    private static List<List<ActivityEvent>> batches(String run, IngestBenchmark.Plan plan) {
        Random random = new Random(plan.seed());
        Instant now = Instant.now();
        List<List<ActivityEvent>> batches = new ArrayList<>();
        List<ActivityEvent> batch = new ArrayList<>(plan.batch());
        for (int n = 0; n < plan.events(); n++) {
            String type = IngestBenchmark.TYPES[random.nextInt(IngestBenchmark.TYPES.length)];
            LeadId lead = new LeadId(leadId(run, random.nextInt(plan.leads())));
            String category = type.equals("page_view") ? IngestBenchmark.PAGES[random.nextInt(IngestBenchmark.PAGES.length)] : null;
            Instant at = now.minusSeconds(random.nextInt(90 * 86_400));
            batch.add(new ActivityEvent(WorkspaceId.DEFAULT, new EventId(run + "-e" + n), lead, new EventType(type), category, at,
                    Map.of("source", "benchmark", "session", "s" + random.nextInt(100_000))));
            if (batch.size() == plan.batch() || n == plan.events() - 1) {
                batches.add(batch);
                batch = new ArrayList<>(plan.batch());
            }
        }
        return batches;
    }

    private static String leadId(String run, int i) {
        return run + "-lead-" + i;
    }
}
