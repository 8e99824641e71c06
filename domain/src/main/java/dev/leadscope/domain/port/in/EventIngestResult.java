package dev.leadscope.domain.port.in;

import dev.leadscope.domain.event.EventId;
import dev.leadscope.domain.lead.LeadId;

/** What happened to one event offered for ingest. */
public sealed interface EventIngestResult {

    EventId eventId();

    /** Whether the event is now stored (newly, or from an earlier identical send). */
    default boolean stored() {
        return this instanceof Accepted || this instanceof AlreadyAccepted;
    }

    /** Stored now. */
    record Accepted(EventId eventId) implements EventIngestResult {
    }

    /** The same id with the same content was stored before; nothing changed. */
    record AlreadyAccepted(EventId eventId) implements EventIngestResult {
    }

    /** The same id was stored before with different content; the stored event is kept. */
    record Conflict(EventId eventId) implements EventIngestResult {
    }

    /** The event names a lead that does not exist in the workspace. */
    record UnknownLead(EventId eventId, LeadId leadId) implements EventIngestResult {
    }
}
