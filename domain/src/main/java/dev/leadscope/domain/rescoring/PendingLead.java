package dev.leadscope.domain.rescoring;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import java.time.Instant;
import java.util.Objects;

/**
 * A lead with accepted changes not yet rescored: {@code mark} is the newest durable marker seen (clearing up to it
 * never removes a marker set later) and {@code since} the moment of the oldest one, from which latency is measured.
 */
public record PendingLead(WorkspaceId workspace, LeadId lead, long mark, Instant since) {
    public PendingLead {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(since, "since");
    }
}
