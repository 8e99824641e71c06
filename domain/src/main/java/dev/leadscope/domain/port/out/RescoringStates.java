package dev.leadscope.domain.port.out;

import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.rescoring.AccountState;
import dev.leadscope.domain.rescoring.LeadState;
import java.util.Collection;
import java.util.Map;

/**
 * The last state of each lead and account that notifications were decided on, kept durable so a restart neither
 * fires a change again nor misses one. Implementations are thread-safe.
 */
public interface RescoringStates {

    /** The stored states of those leads that have one. */
    Map<LeadId, LeadState> leads(WorkspaceId workspace, Collection<LeadId> leads);

    /** Replaces the states of these leads. */
    void saveLeads(WorkspaceId workspace, Collection<LeadState> states);

    /** The stored states of those accounts that have one. */
    Map<AccountId, AccountState> accounts(WorkspaceId workspace, Collection<AccountId> accounts);

    /** Replaces the states of these accounts. */
    void saveAccounts(WorkspaceId workspace, Collection<AccountState> states);
}
