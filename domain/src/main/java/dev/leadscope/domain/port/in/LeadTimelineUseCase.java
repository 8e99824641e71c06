package dev.leadscope.domain.port.in;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import java.time.Instant;
import java.util.List;

/** Reads a lead's history: events, notes and outcomes in time order. */
public interface LeadTimelineUseCase {

    /** The most entries one call returns. */
    int MAX_ENTRIES = 5_000;

    /**
     * Entries with {@code from <= at < to} (either bound may be null), oldest first, at most {@code limit}.
     *
     * @throws LeadNotFoundException when the lead does not exist
     * @throws IllegalArgumentException when {@code limit} is outside 1..{@link #MAX_ENTRIES}
     */
    List<TimelineEntry> timeline(WorkspaceId workspace, LeadId lead, Instant from, Instant to, int limit);
}
