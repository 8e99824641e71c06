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
import java.time.Instant;

/** An outcome as one row of the {@code outcomes} table. */
@MappedEntity("outcomes")
record OutcomeRow(@EmbeddedId RowKey key, String leadId, String kind, @Nullable Double dealValue, @Nullable String currency,
                  Instant occurredAt, @Nullable String reason) {

    static OutcomeRow from(Outcome outcome) {
        return new OutcomeRow(new RowKey(outcome.workspace().value(), outcome.id().value()), outcome.leadId().value(),
                outcome.kind().name(), outcome.value(), outcome.currency(), outcome.occurredAt(), outcome.reason());
    }

    Outcome toDomain() {
        return new Outcome(new WorkspaceId(key.workspaceId()), new OutcomeId(key.id()), new LeadId(leadId), OutcomeKind.valueOf(kind),
                dealValue, currency, occurredAt, reason);
    }
}
