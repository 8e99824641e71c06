package dev.leadscope.persistence.event;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.event.EventId;
import dev.leadscope.domain.event.EventType;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.persistence.support.JsonColumns;
import dev.leadscope.persistence.support.RowKey;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;

/** An activity event as one row of the {@code activity_events} table; its fingerprint is computed from the row, never stored. */
@MappedEntity("activity_events")
record EventRow(
        @EmbeddedId RowKey key,
        String leadId,
        String type,
        @Nullable String category,
        Instant occurredAt,
        String properties) {

    static EventRow from(ActivityEvent event) {
        return new EventRow(new RowKey(event.workspace().value(), event.id().value()), event.leadId().value(), event.type().name(),
                event.category(), event.occurredAt(), JsonColumns.properties(event.properties()));
    }

    /** The row under the cursor of a {@code SELECT *} on {@code activity_events}, read without the entity mapper. */
    static EventRow read(ResultSet rs) throws SQLException {
        return new EventRow(new RowKey(rs.getString("workspace_id"), rs.getString("id")), rs.getString("lead_id"), rs.getString("type"),
                rs.getString("category"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("properties"));
    }

    /**
     * The columns {@link #behaviour} reads of a lead's events, looked up by lead: all of them in the lead/time index, none
     * of them the properties, nor the lead, which the lookup names.
     */
    static final String BEHAVIOUR_COLUMNS = "id, type, category, occurred_at";

    /**
     * The event of {@code lead} under the cursor of a select of {@link #BEHAVIOUR_COLUMNS}, without its properties. A bulk
     * read of millions of events then keeps one lead id per lead, not one per event, and reads no lead id from the store.
     */
    static ActivityEvent behaviour(WorkspaceId workspace, LeadId lead, ResultSet rs) throws SQLException {
        return new ActivityEvent(workspace, new EventId(rs.getString(1)), lead, new EventType(rs.getString(2)), rs.getString(3),
                rs.getObject(4, OffsetDateTime.class).toInstant(), Map.of());
    }

    ActivityEvent toDomain() {
        return new ActivityEvent(new WorkspaceId(key.workspaceId()), new EventId(key.id()), new LeadId(leadId), new EventType(type),
                category, occurredAt, JsonColumns.properties(properties));
    }
}
