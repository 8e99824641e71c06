package dev.leadscope.domain.event;

import dev.leadscope.domain.common.Identifiers;

/** The client-supplied id of an activity event; ingest is idempotent by it. */
public record EventId(String value) {
    public EventId {
        Identifiers.require("eventId", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
