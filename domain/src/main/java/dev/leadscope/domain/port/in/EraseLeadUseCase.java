package dev.leadscope.domain.port.in;

import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.privacy.ErasedLead;
import dev.leadscope.domain.security.Caller;

/**
 * Erases a lead on request (right to erasure): the lead, its events, notes, outcomes, feedback and scores, in one
 * transaction, then an audit entry. The account is kept. Implementations are thread-safe.
 *
 * <p>Errors: {@link LeadNotFoundException} when the caller's workspace has no such lead.
 */
public interface EraseLeadUseCase {

    ErasedLead erase(LeadId lead, Caller by);
}
