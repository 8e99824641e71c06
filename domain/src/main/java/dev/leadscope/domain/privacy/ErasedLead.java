package dev.leadscope.domain.privacy;

import dev.leadscope.domain.lead.LeadId;
import java.util.Objects;

/** What erasing a lead removed: the lead and how many of its events, notes, outcomes, feedback entries and scores. */
public record ErasedLead(LeadId lead, long events, long notes, long outcomes, long feedback, long scores) {
    public ErasedLead {
        Objects.requireNonNull(lead, "lead must not be empty");
        if (events < 0 || notes < 0 || outcomes < 0 || feedback < 0 || scores < 0) {
            throw new IllegalArgumentException("erased counts must not be negative");
        }
    }

    /** A one-line summary for the audit log. */
    public String summary() {
        return "events=" + events + " notes=" + notes + " outcomes=" + outcomes + " feedback=" + feedback + " scores=" + scores;
    }
}
