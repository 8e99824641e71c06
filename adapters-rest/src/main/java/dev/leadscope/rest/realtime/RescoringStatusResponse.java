package dev.leadscope.rest.realtime;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** Where rescoring stands: the worker, the queue, the leads pending and the workspace's latest bulk rescoring. */
@Serdeable
public record RescoringStatusResponse(boolean worker, long queueDepth, int queueCapacity, int queuedLeads, long pendingLeads,
                                      Bulk bulk) {

    /** A bulk rescoring: state (queued, running, rescoring, done, failed) and progress (leads scored and qualified, chunk by chunk). */
    @Serdeable
    public record Bulk(String state, int total, int scored, int qualified, Instant startedAt, Instant finishedAt, String error) {
    }

    static RescoringStatusResponse of(boolean worker, long depth, int capacity, int leads, long pending, BulkRescoring.Status s) {
        return new RescoringStatusResponse(worker, depth, capacity, leads, pending, s == null ? null
                : new Bulk(s.state(), s.total(), s.scored(), s.qualified(), s.startedAt(), s.finishedAt(), s.error()));
    }
}
