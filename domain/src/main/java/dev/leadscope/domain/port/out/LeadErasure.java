package dev.leadscope.domain.port.out;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.privacy.ErasedLead;
import java.util.Optional;

/**
 * Deletes a lead with everything recorded about it (events, notes, outcomes, rep feedback, scores) in one
 * transaction: all of it or nothing. The lead's account is kept. Implementations are thread-safe.
 */
public interface LeadErasure {

    /** What was removed, or empty when the workspace has no such lead (then nothing changes). */
    Optional<ErasedLead> erase(WorkspaceId workspace, LeadId lead);
}
