package dev.leadscope.rest.realtime;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.port.out.LeadHistoryUpdates;
import dev.leadscope.domain.port.out.PendingRescoring;
import io.micronaut.core.annotation.Nullable;
import dev.leadscope.domain.rescoring.CoalescingQueue;
import dev.leadscope.rest.wiring.LatestProbabilities;
import dev.leadscope.rest.wiring.MemberLists;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Queues leads for rescoring after a change other than an event (created or updated, a note, an outcome): marked
 * pending durably before and after the change is stored, their cached scores dropped, and queued when this instance
 * rescores. These never wait for room: the change is already stored.
 */
@Singleton
public class LeadChanges {
    private final PendingRescoring pending;
    private final LatestScores latest;
    private final CoalescingQueue queue;
    private final RescoringWorker worker;
    private final Clock clock;
    private final LeadHistoryUpdates histories;
    private final MemberLists members;
    private final LatestProbabilities probabilities;

    public LeadChanges(PendingRescoring pending, LatestScores latest, CoalescingQueue queue, RescoringWorker worker, Clock clock,
                       @Nullable LeadHistoryUpdates histories, @Nullable MemberLists members,
                       @Nullable LatestProbabilities probabilities) {
        this.members = members;
        this.probabilities = probabilities;
        this.histories = histories == null ? LeadHistoryUpdates.NONE : histories;
        this.pending = pending;
        this.latest = latest;
        this.queue = queue;
        this.worker = worker;
        this.clock = clock;
    }

    /** Stores the change through {@code change} between the two marks, then queues the leads. */
    public <T> T around(WorkspaceId workspace, Collection<LeadId> leads, Supplier<T> change) {
        var now = clock.instant();
        pending.mark(workspace, leads, now);
        T result = change.get();
        pending.mark(workspace, leads, now);
        histories.leadsChanged(workspace, leads);
        latest.forget(workspace, leads);
        if (worker.running()) {
            Map<LeadId, Integer> one = new LinkedHashMap<>();
            leads.forEach(l -> one.put(l, 1));
            queue.enqueue(workspace, one, now);
        }
        return result;
    }

    /** Drops the lead's cached score, history, latest probability and the member pages that hold it (erased). */
    public void erased(WorkspaceId workspace, LeadId lead) {
        histories.leadsChanged(workspace, java.util.List.of(lead));
        if (members != null) {
            members.changed(workspace, java.util.List.of(lead));
        }
        if (probabilities != null) {
            probabilities.erased(workspace, lead);
        }
        latest.forget(workspace, java.util.List.of(lead));
    }
}
