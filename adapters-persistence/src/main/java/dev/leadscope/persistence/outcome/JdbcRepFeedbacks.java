package dev.leadscope.persistence.outcome;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.outcome.RepFeedback;
import dev.leadscope.domain.port.out.RepFeedbacks;
import dev.leadscope.persistence.support.StoredIds;
import dev.leadscope.persistence.support.Upserts;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.List;

/** Reps' feedback in the {@code rep_feedback} table. */
@Singleton
public class JdbcRepFeedbacks implements RepFeedbacks {
    private final FeedbackRowRepository rows;
    private final Upserts<FeedbackRow> upserts;

    JdbcRepFeedbacks(FeedbackRowRepository rows, TransactionOperations<Connection> tx) {
        this.rows = rows;
        this.upserts = new Upserts<>(tx, rows, FeedbackRow::key, new StoredIds(tx, "rep_feedback", "id")::existing);
    }

    @Override
    public void save(RepFeedback feedback) {
        upserts.saveAll(List.of(FeedbackRow.from(feedback)));
    }

    @Override
    public List<RepFeedback> forLead(WorkspaceId workspace, LeadId lead) {
        return rows.findForLead(workspace.value(), lead.value()).stream().map(FeedbackRow::toDomain).toList();
    }

    @Override
    public List<RepFeedback> inWorkspace(WorkspaceId workspace) {
        return rows.findInWorkspace(workspace.value()).stream().map(FeedbackRow::toDomain).toList();
    }
}
