package dev.leadscope.rest.realtime;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.port.in.EventIngestResult;
import dev.leadscope.domain.port.in.IngestEventsUseCase;
import dev.leadscope.domain.port.out.LeadHistoryUpdates;
import dev.leadscope.domain.rescoring.CoalescingQueue;
import dev.leadscope.domain.service.EventIngestService;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ingest that queues every accepted event's lead for rescoring. Room in the bounded queue is reserved before
 * anything is stored: when there is none, an API request is refused ({@link QueueFullException}, nothing stored)
 * and an import waits. The lead of every stored event is marked pending durably in the same transaction as the event,
 * so that work accepted but not yet rescored survives a crash; where this instance runs no rescoring worker (a
 * command-line import), only the durable marks are made and a running service picks them up.
 */
public final class RescoringIngest implements IngestEventsUseCase {
    /** What to do when the queue is full. */
    public enum WhenFull { REFUSE, WAIT }

    private final EventIngestService inner;
    private final CoalescingQueue queue;
    private final LatestScores latest;
    private final RescoringMetrics metrics;
    private final RescoringWorker worker;
    private final Clock clock;
    private final WhenFull whenFull;
    private final int retryAfterSeconds;
    private final LeadHistoryUpdates histories;

    public RescoringIngest(EventIngestService inner, CoalescingQueue queue, LatestScores latest,
                           RescoringMetrics metrics, RescoringWorker worker, Clock clock, WhenFull whenFull, int retryAfterSeconds,
                           LeadHistoryUpdates histories) {
        this.histories = histories;
        this.inner = inner;
        this.queue = queue;
        this.latest = latest;
        this.metrics = metrics;
        this.worker = worker;
        this.clock = clock;
        this.whenFull = whenFull;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public List<EventIngestResult> ingest(WorkspaceId workspace, List<ActivityEvent> events) {
        if (events.isEmpty()) {
            return inner.ingest(workspace, events);
        }
        boolean live = worker.running();
        int n = events.size();
        if (live) {
            reserve(n);
        }
        boolean handedOver = false;
        try {
            Instant now = clock.instant();
            // the markers are committed with the events: a rescoring that reads a marker finds its events stored
            List<EventIngestResult> results = inner.ingestMarkingPending(workspace, events, now);
            Map<LeadId, Integer> accepted = new LinkedHashMap<>();
            List<ActivityEvent> stored = new ArrayList<>();
            for (int i = 0; i < results.size(); i++) {
                if (results.get(i) instanceof EventIngestResult.Accepted) {
                    accepted.merge(events.get(i).leadId(), 1, Integer::sum);
                    stored.add(events.get(i));
                }
            }
            if (!accepted.isEmpty()) {
                histories.eventsStored(workspace, stored);
                latest.forget(workspace, accepted.keySet());
            }
            if (live) {
                int queued = accepted.values().stream().mapToInt(Integer::intValue).sum();
                queue.enqueueReserved(workspace, accepted, now);
                queue.release(n - queued);
                handedOver = true;
            }
            metrics.ingested(results);
            return results;
        } finally {
            if (live && !handedOver) {
                queue.release(n);
            }
        }
    }

    private void reserve(int n) {
        if (whenFull == WhenFull.REFUSE) {
            if (!queue.tryReserve(n)) {
                metrics.refused(n);
                throw new QueueFullException(n, queue.depth(), queue.capacity(), retryAfterSeconds);
            }
            return;
        }
        try {
            queue.reserve(n);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for room in the rescoring queue", e);
        }
    }
}
