package dev.leadscope.domain.port.in;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.ActivityEvent;
import java.util.List;

/** Takes in activity events, idempotently by client event id. */
public interface IngestEventsUseCase {

    /** The largest batch one request may carry: the HTTP routes refuse larger ones. */
    int MAX_BATCH = 10_000;

    /**
     * The largest batch one call accepts. Imports send batches up to this size: every call renews the pending marker of
     * each lead it stores events of, and a larger batch of a file's events names fewer distinct leads per event.
     */
    int MAX_IMPORT_BATCH = 20_000;

    /**
     * Stores every event that is new and names a known lead; the others are reported, and never stop the
     * good ones from being stored. An id repeated inside the batch counts as sent twice.
     *
     * @return one result per event, in the order given
     * @throws IllegalArgumentException when the batch is larger than {@link #MAX_IMPORT_BATCH} or an event
     *                                  belongs to another workspace
     */
    List<EventIngestResult> ingest(WorkspaceId workspace, List<ActivityEvent> events);
}
