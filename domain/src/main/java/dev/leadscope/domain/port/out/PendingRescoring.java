package dev.leadscope.domain.port.out;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.rescoring.PendingLead;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Durable markers of leads whose accepted changes are not rescored yet, so rescoring resumes after a crash or a
 * restart. A marker is written before the change it covers is stored, or in the same transaction (events:
 * {@link ActivityEvents#appendAbsentMarkingPending}), and cleared only after the lead's new score is stored, which
 * makes rescoring at-least-once. Implementations are thread-safe.
 */
public interface PendingRescoring {

    /** Marks the leads as pending at {@code at}; marking a pending lead again adds a newer marker. */
    void mark(WorkspaceId workspace, Collection<LeadId> leads, Instant at);

    /** Pending leads of every workspace, oldest first, at most {@code limit}, each with its newest marker. */
    List<PendingLead> oldest(int limit);

    /** Removes each lead's markers up to the one given; markers set after it stay. */
    void clear(Collection<PendingLead> done);

    /** Those of the leads that are pending, each with its newest marker; read before rescoring, cleared after. */
    List<PendingLead> find(WorkspaceId workspace, Collection<LeadId> leads);

    /** Whether the lead has a marker. */
    default boolean isPending(WorkspaceId workspace, LeadId lead) {
        return !find(workspace, List.of(lead)).isEmpty();
    }

    /** How many leads are pending, over every workspace. */
    long count();
}
