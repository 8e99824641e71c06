package dev.leadscope.persistence.outcome;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.outcome.Outcome;
import dev.leadscope.domain.outcome.OutcomeId;
import dev.leadscope.domain.outcome.OutcomeKind;
import dev.leadscope.persistence.support.RowKey;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

/** An outcome as one row of the {@code outcomes} table. */
@MappedEntity("outcomes")
record OutcomeRow(@EmbeddedId RowKey key, String leadId, String kind, @Nullable Double dealValue, @Nullable String currency,
                  Instant occurredAt, @Nullable String reason) {

    static OutcomeRow from(Outcome outcome) {
        return new OutcomeRow(new RowKey(outcome.workspace().value(), outcome.id().value()), outcome.leadId().value(),
                outcome.kind().name(), outcome.value(), outcome.currency(), outcome.occurredAt(), outcome.reason());
    }

    /** The row under the cursor of a {@code SELECT *} on {@code outcomes}. */
    static OutcomeRow read(ResultSet rs) throws SQLException {
        double value = rs.getDouble("deal_value");
        Double dealValue = rs.wasNull() ? null : value;
        return new OutcomeRow(new RowKey(rs.getString("workspace_id"), rs.getString("id")), rs.getString("lead_id"), rs.getString("kind"),
                dealValue, rs.getString("currency"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("reason"));
    }

    Outcome toDomain() {
        return new Outcome(new WorkspaceId(key.workspaceId()), new OutcomeId(key.id()), new LeadId(leadId), OutcomeKind.valueOf(kind),
                dealValue, currency, occurredAt, reason);
    }
}
