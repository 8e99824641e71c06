package dev.leadscope.domain.service;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.event.EventId;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.port.in.EventIngestResult;
import dev.leadscope.domain.port.in.IngestEventsUseCase;
import dev.leadscope.domain.port.out.ActivityEvents;
import dev.leadscope.domain.port.out.Leads;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Ingests events idempotently: new events naming known leads are stored in one append; repeats of stored
 * events are acknowledged; the same id with other content is a conflict that never overwrites.
 */
public final class EventIngestService implements IngestEventsUseCase {
    private final ActivityEvents events;
    private final Leads leads;

    public EventIngestService(ActivityEvents events, Leads leads) {
        this.events = Objects.requireNonNull(events);
        this.leads = Objects.requireNonNull(leads);
    }

    @Override
    public List<EventIngestResult> ingest(WorkspaceId workspace, List<ActivityEvent> batch) {
        return ingest(workspace, batch, null);
    }

    /**
     * As {@link #ingest}, and marks the lead of every event it stores as pending rescoring at {@code at}, in the same
     * transaction as the events ({@link ActivityEvents#appendAbsentMarkingPending}): events stored are never without
     * their marker, and leads whose events were all refused or already stored get none.
     */
    public List<EventIngestResult> ingestMarkingPending(WorkspaceId workspace, List<ActivityEvent> batch, Instant at) {
        return ingest(workspace, batch, Objects.requireNonNull(at, "at"));
    }

    private List<EventIngestResult> ingest(WorkspaceId workspace, List<ActivityEvent> batch, Instant markAt) {
        if (batch.size() > MAX_IMPORT_BATCH) {
            throw new IllegalArgumentException("a batch holds at most " + MAX_IMPORT_BATCH + " events: " + batch.size());
        }
        for (ActivityEvent event : batch) {
            if (!event.workspace().equals(workspace)) {
                throw new IllegalArgumentException("event " + event.id() + " belongs to workspace " + event.workspace());
            }
        }
        Set<LeadId> knownLeads = leads.existing(workspace, batch.stream().map(ActivityEvent::leadId).distinct().toList());
        // One event of a known lead goes straight to the append, which reports its id when already stored, and is then
        // classified against what is stored as below: reading the stored ids first would only repeat that work on every
        // single-event request. (Batches read first: their ids may come twice, and unknown leads are told apart from ids
        // already stored.)
        boolean alone = batch.size() == 1 && knownLeads.contains(batch.get(0).leadId());
        Map<EventId, String> stored = alone ? new HashMap<>()
                : new HashMap<>(events.fingerprints(workspace, batch.stream().map(ActivityEvent::id).distinct().toList()));

        EventIngestResult[] results = new EventIngestResult[batch.size()];
        // Events accepted so far in this batch, by id; fingerprints are computed only when an id comes again.
        Map<EventId, ActivityEvent> toAppend = new LinkedHashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            ActivityEvent event = batch.get(i);
            String previous = stored.get(event.id());
            if (previous == null && toAppend.containsKey(event.id())) {
                previous = toAppend.get(event.id()).fingerprint();
            }
            if (previous != null) {
                results[i] = previous.equals(event.fingerprint())
                        ? new EventIngestResult.AlreadyAccepted(event.id())
                        : new EventIngestResult.Conflict(event.id());
            } else if (!knownLeads.contains(event.leadId())) {
                results[i] = new EventIngestResult.UnknownLead(event.id(), event.leadId());
            } else {
                toAppend.put(event.id(), event);
                results[i] = new EventIngestResult.Accepted(event.id());
            }
        }
        if (!toAppend.isEmpty()) {
            resolveRaces(workspace, new ArrayList<>(toAppend.values()), batch, results, markAt);
        }
        return List.of(results);
    }

    /** Events another caller stored between our read and our append are re-classified against what it stored. */
    private void resolveRaces(WorkspaceId workspace, List<ActivityEvent> toAppend, List<ActivityEvent> batch, EventIngestResult[] results,
                              Instant markAt) {
        Set<EventId> alreadyThere = markAt == null ? events.appendAbsent(toAppend) : events.appendAbsentMarkingPending(toAppend, markAt);
        if (alreadyThere.isEmpty()) {
            return;
        }
        Map<EventId, String> winners = events.fingerprints(workspace, alreadyThere);
        for (int i = 0; i < batch.size(); i++) {
            ActivityEvent event = batch.get(i);
            if (results[i] instanceof EventIngestResult.Accepted && alreadyThere.contains(event.id())) {
                results[i] = event.fingerprint().equals(winners.get(event.id()))
                        ? new EventIngestResult.AlreadyAccepted(event.id())
                        : new EventIngestResult.Conflict(event.id());
            }
        }
    }
}
