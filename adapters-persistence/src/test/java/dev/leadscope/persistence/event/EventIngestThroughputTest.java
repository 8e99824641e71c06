package dev.leadscope.persistence.event;

import static dev.leadscope.domain.fixtures.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.fixtures.Fixtures;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.port.in.EventIngestResult;
import dev.leadscope.domain.port.out.ActivityEvents;
import dev.leadscope.domain.port.out.Leads;
import dev.leadscope.domain.service.EventIngestService;
import dev.leadscope.persistence.testing.SharedContexts;
import io.micronaut.context.ApplicationContext;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The ingest hot path on H2: each batch of 1,000 events costs one existing-leads look-up, one fingerprint
 * look-up and one append. It must sustain at least 20,000 events per second. Embedded H2 does its work in
 * the calling thread, so the rate is judged by that thread's CPU time, which other processes on a busy
 * build machine do not distort; the wall-clock rate is printed beside it.
 */
class EventIngestThroughputTest {
    private static final int BATCH = 1_000;
    private static final int WARM_UP_BATCHES = 10;
    private static final int MEASURED_BATCHES = 30;

    @Test
    void givenBatchesOfAThousandNewEvents_whenIngestedOnH2_thenAtLeastTwentyThousandEventsPerCpuSecond() {
        ApplicationContext context = SharedContexts.h2();
        Leads leads = context.getBean(Leads.class);
        EventIngestService ingest = new EventIngestService(context.getBean(ActivityEvents.class), leads);
        WorkspaceId ws = Fixtures.freshWorkspace();
        leads.saveAll(IntStream.range(0, 200).mapToObj(i -> Fixtures.aLead(ws, "lead-" + i).build()).toList());

        for (int b = 0; b < WARM_UP_BATCHES; b++) {
            ingestAllAccepted(ingest, ws, batch(ws, "warm-" + b));
        }
        List<List<ActivityEvent>> batches = IntStream.range(0, MEASURED_BATCHES).mapToObj(b -> batch(ws, "run-" + b)).toList();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long wallStart = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        batches.forEach(batch -> ingestAllAccepted(ingest, ws, batch));
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double wallSeconds = (System.nanoTime() - wallStart) / 1e9;
        int events = MEASURED_BATCHES * BATCH;
        System.out.printf("H2 ingest of %d batches of %d events: %.0f events/s by CPU time (%.2f s), %.0f events/s by wall clock (%.2f s)%n",
                MEASURED_BATCHES, BATCH, events / cpuSeconds, cpuSeconds, events / wallSeconds, wallSeconds);

        assertThat(events / cpuSeconds).isGreaterThanOrEqualTo(20_000);
    }

    private static void ingestAllAccepted(EventIngestService ingest, WorkspaceId ws, List<ActivityEvent> batch) {
        List<EventIngestResult> results = ingest.ingest(ws, batch);
        assertThat(results).allMatch(r -> r instanceof EventIngestResult.Accepted);
    }

    private static List<ActivityEvent> batch(WorkspaceId ws, String prefix) {
        return IntStream.range(0, BATCH).mapToObj(i -> Fixtures.anEvent(ws, prefix + "-" + i, new LeadId("lead-" + (i % 200)))
                .at(T0.plusSeconds(i)).build()).toList();
    }
}
