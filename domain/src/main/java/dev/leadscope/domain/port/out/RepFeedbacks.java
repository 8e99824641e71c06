package dev.leadscope.domain.port.out;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.outcome.RepFeedback;
import java.util.List;

/** Reps' verdicts on leads. Implementations are thread-safe. */
public interface RepFeedbacks {

    /** Stores the feedback, replacing one with the same workspace and id. */
    void save(RepFeedback feedback);

    /** A lead's feedback, oldest first. */
    List<RepFeedback> forLead(WorkspaceId workspace, LeadId lead);

    /** Every feedback of a workspace, oldest first (training reads them all at once). */
    List<RepFeedback> inWorkspace(WorkspaceId workspace);
}
