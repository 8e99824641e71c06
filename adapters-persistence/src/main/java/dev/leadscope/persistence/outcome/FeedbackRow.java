package dev.leadscope.persistence.outcome;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.lead.RepId;
import dev.leadscope.domain.outcome.FeedbackVerdict;
import dev.leadscope.domain.outcome.RepFeedback;
import dev.leadscope.persistence.support.RowKey;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A rep's feedback as one row of the {@code rep_feedback} table. */
@MappedEntity("rep_feedback")
record FeedbackRow(@EmbeddedId RowKey key, String leadId, String givenBy, String verdict, @Nullable String reason, Instant givenAt) {

    static FeedbackRow from(RepFeedback feedback) {
        return new FeedbackRow(new RowKey(feedback.workspace().value(), feedback.id()), feedback.leadId().value(),
                feedback.givenBy().value(), feedback.verdict().name(), feedback.reason(), feedback.givenAt());
    }

    RepFeedback toDomain() {
        return new RepFeedback(new WorkspaceId(key.workspaceId()), key.id(), new LeadId(leadId), new RepId(givenBy),
                FeedbackVerdict.valueOf(verdict), reason, givenAt);
    }
}
